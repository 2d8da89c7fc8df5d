// The tariff plan editor without a meter: the plan it builds from what is
// typed into its widgets, the validator's messages and the Write button,
// files in the format of docs/tariff-plans.md, and the ready-made plans.
#include "models/control/tariff_commands.h"
#include "models/control/tariff_plan_templates.h"
#include "protocol/control/tariff_plan_json.h"
#include "protocol/cosem/spodes_objects.h"
#include "ui/tariff/annual_date_edit.h"
#include "ui/tariff/day_profile_editor.h"
#include "ui/tariff/day_profiles_editor.h"
#include "ui/tariff/energy_zones_editor.h"
#include "ui/tariff/seasons_editor.h"
#include "ui/tariff/special_days_editor.h"
#include "ui/tariff/tariff_list_editor.h"
#include "ui/tariff/tariff_plan_editor.h"
#include "ui/tariff/tariff_write_panel.h"
#include "ui/tariff/week_profiles_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

using namespace ims;

namespace {

// Accepts writes and never answers: the editor's side only.
class FakeCommands : public control::TariffCommands
{
public:
    QList<control::TariffPlan> written;
    QList<std::optional<QDateTime>> activations;
    void writePlan(qint64, const control::TariffPlan &plan,
                   const std::optional<QDateTime> &activateAt) override
    {
        written << plan;
        activations << activateAt;
    }
};

struct Switch
{
    int hour;
    int minute;
    int tariff;
};

cosem::DayProfile day(quint8 id, const QList<Switch> &switches)
{
    cosem::DayProfile d;
    d.dayId = id;
    for (const Switch &s : switches) {
        cosem::DayAction a;
        a.startTime = axdr::CosemTime{quint8(s.hour), quint8(s.minute), 0, 0};
        a.scriptLogicalName = cosem::spodes::TariffScriptTable;
        a.scriptSelector = quint16(s.tariff);
        d.schedule.append(a);
    }
    return d;
}

cosem::SeasonProfile season(const char *name, int month, int dayOfMonth, const char *week)
{
    cosem::SeasonProfile s;
    s.name = name;
    s.start.date = axdr::CosemDate{0xFFFF, quint8(month), quint8(dayOfMonth), 0xFF};
    s.start.time = axdr::CosemTime{0, 0, 0, 0};
    s.weekName = week;
    return s;
}

cosem::WeekProfile week(const char *name, std::array<quint8, 7> days)
{
    cosem::WeekProfile w;
    w.name = name;
    w.dayIds = days;
    return w;
}

cosem::SpecialDay special(quint16 index, int year, int month, int dayOfMonth, quint8 dayId)
{
    return {index,
            axdr::CosemDate{year == 0 ? quint16(0xFFFF) : quint16(year), quint8(month),
                            quint8(dayOfMonth), 0xFF},
            dayId};
}

// docs/examples/tariff-plan-3-rate.json, built in code.
control::TariffPlan threeRateReference()
{
    control::TariffPlan p;
    p.name = QStringLiteral("3-rate 2026");
    p.calendar.name = p.name.toUtf8();
    p.tariffs = {{1, QStringLiteral("Peak")},
                 {2, QStringLiteral("Night")},
                 {3, QStringLiteral("Semi-peak")}};
    p.calendar.days
        = {day(1, {{0, 0, 2}, {7, 0, 1}, {10, 0, 3}, {17, 0, 1}, {21, 0, 3}, {23, 0, 2}}),
           day(2, {{0, 0, 2}, {8, 0, 1}, {11, 0, 3}, {20, 0, 1}, {22, 0, 3}, {23, 0, 2}}),
           day(3, {{0, 0, 2}, {7, 0, 3}, {23, 0, 2}})};
    p.calendar.weeks
        = {week("winter", {1, 1, 1, 1, 1, 3, 3}), week("summer", {2, 2, 2, 2, 2, 3, 3})};
    p.calendar.seasons = {season("winter", 1, 1, "winter"), season("summer", 4, 1, "summer"),
                          season("winter2", 10, 1, "winter")};
    p.specialDays = {special(1, 0, 1, 1, 3),   special(2, 0, 1, 7, 3),  special(3, 0, 5, 1, 3),
                     special(4, 0, 5, 9, 3),   special(5, 0, 6, 12, 3), special(6, 0, 11, 4, 3),
                     special(7, 2026, 3, 9, 3)};
    return p;
}

QString exampleFile()
{
    return QStringLiteral(IMSDESK_SOURCE_DIR "/docs/examples/tariff-plan-3-rate.json");
}

// The example with what the format keeps for people only (and the plan
// does not carry) taken out: the comment, day profile and special day names.
QJsonObject exampleAsStored()
{
    QFile f(exampleFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.remove(QStringLiteral("comment"));
    for (const QString &key : {QStringLiteral("day_profiles"), QStringLiteral("special_days")}) {
        QJsonArray rows = o.value(key).toArray();
        for (auto &&row : rows) {
            QJsonObject r = row.toObject();
            r.remove(QStringLiteral("name"));
            row = r;
        }
        o.insert(key, rows);
    }
    return o;
}

void setCombo(QComboBox *combo, int id)
{
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(QStringLiteral("no choice %1").arg(id)));
    combo->setCurrentIndex(index);
}

// Types `p` into an empty editor, the way a person would: add buttons,
// then the fields of each new row.
void typeIn(ui::TariffPlanEditor &editor, const control::TariffPlan &p)
{
    QTest::keyClicks(editor.nameEdit(), p.name);
    ui::TariffListEditor *tariffs = editor.tariffsEditor();
    for (const control::TariffInfo &t : p.tariffs) {
        tariffs->addButton()->click();
        const int row = tariffs->rowCount() - 1;
        QTest::keyClicks(tariffs->nameEdit(row), t.name);
    }
    ui::DayProfilesEditor *days = editor.dayProfilesEditor();
    for (const cosem::DayProfile &d : p.calendar.days) {
        days->addButton()->click();
        ui::DayProfileEditor *profile = days->profile(days->rowCount() - 1);
        QCOMPARE(profile->dayId(), d.dayId);
        for (const cosem::DayAction &a : d.schedule) {
            profile->addButton()->click();
            const int row = profile->rowCount() - 1;
            profile->timeEdit(row)->setTime(QTime(a.startTime.hour, a.startTime.minute));
            setCombo(profile->tariffCombo(row), a.scriptSelector);
        }
    }
    ui::WeekProfilesEditor *weeks = editor.weeksEditor();
    for (const cosem::WeekProfile &w : p.calendar.weeks) {
        weeks->addButton()->click();
        const int row = weeks->rowCount() - 1;
        QTest::keyClicks(weeks->nameEdit(row), QString::fromUtf8(w.name));
        for (int d = 0; d < 7; ++d)
            setCombo(weeks->dayCombo(row, d), w.dayIds[size_t(d)]);
    }
    ui::SeasonsEditor *seasons = editor.seasonsEditor();
    for (const cosem::SeasonProfile &s : p.calendar.seasons) {
        seasons->addButton()->click();
        const int row = seasons->rowCount() - 1;
        QTest::keyClicks(seasons->nameEdit(row), QString::fromUtf8(s.name));
        seasons->startEdit(row)->dateEdit()->setDate(
            QDate(2000, s.start.date.month, s.start.date.day));
        QComboBox *combo = seasons->weekCombo(row);
        combo->setCurrentIndex(combo->findText(QString::fromUtf8(s.weekName)));
    }
    ui::SpecialDaysEditor *special = editor.specialDaysEditor();
    for (const cosem::SpecialDay &s : p.specialDays) {
        special->addButton()->click();
        const int row = special->rowCount() - 1;
        ui::AnnualDateEdit *date = special->dateEdit(row);
        if (s.date.year != 0xFFFF)
            date->everyYearBox()->setChecked(false);
        date->dateEdit()->setDate(
            QDate(s.date.year == 0xFFFF ? 2000 : s.date.year, s.date.month, s.date.day));
        setCombo(special->dayCombo(row), s.dayId);
    }
}

// Types one zone row: the threshold as the operator writes it, its tariff.
void typeZone(ui::TariffPlanEditor &editor, const QString &kwh, int tariff)
{
    ui::EnergyZoneRows *rows = editor.zonesEditor()->rows();
    rows->addButton()->click();
    const int row = rows->rowCount() - 1;
    rows->thresholdEdit(row)->clear();
    QTest::keyClicks(rows->thresholdEdit(row), kwh);
    setCombo(rows->tariffCombo(row), tariff);
}

control::TariffPlan twoRate()
{
    control::TariffPlan p;
    p.name = QStringLiteral("Dacha");
    p.calendar.name = p.name.toUtf8();
    p.tariffs = {{1, QStringLiteral("Day")}, {2, QStringLiteral("Night")}};
    p.calendar.days = {day(1, {{0, 0, 2}, {7, 0, 1}, {23, 0, 2}})};
    p.calendar.weeks = {week("all", {1, 1, 1, 1, 1, 1, 1})};
    p.calendar.seasons = {season("year", 1, 1, "all")};
    return p;
}

} // namespace

class TstTariffPlanEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void buildsThePlanTypedIn_data()
    {
        QTest::addColumn<control::TariffPlan>("reference");
        QTest::newRow("two-rate") << twoRate();
        QTest::newRow("3-rate example") << threeRateReference();
    }

    void buildsThePlanTypedIn()
    {
        QFETCH(control::TariffPlan, reference);
        ui::TariffPlanEditor editor;
        typeIn(editor, reference);
        QCOMPARE(editor.plan(), reference);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problemsText()));
    }

    void theReferenceIsTheDocumentedExample()
    {
        // The oracle for the file tests below: the example file itself.
        Result<control::TariffPlan> example = control::TariffPlanJson::load(exampleFile());
        QVERIFY2(example.ok(), qPrintable(example.error().message));
        QCOMPARE(*example, threeRateReference());
    }

    void invalidPlanDisablesWrite_data()
    {
        QTest::addColumn<int>("extraTariffs");
        QTest::addColumn<int>("repeatedHour"); // -1: none
        QTest::addColumn<QString>("message");
        QTest::newRow("overlapping switch times")
            << 0 << 7 << QStringLiteral("day profile 1 switches twice at 07:00");
        QTest::newRow("7 tariffs") << 5 << -1
                                   << QStringLiteral("the plan has 7 tariffs; a meter switches at"
                                                     " most 6");
    }

    void invalidPlanDisablesWrite()
    {
        QFETCH(int, extraTariffs);
        QFETCH(int, repeatedHour);
        QFETCH(QString, message);
        FakeCommands commands;
        ui::TariffPlanEditor editor;
        editor.setTarget(42, QStringLiteral("0012345678"), &commands);
        typeIn(editor, twoRate());
        QPushButton *write = editor.writePanel()->writeButton();
        QVERIFY(editor.problems().isEmpty());
        QVERIFY(write->isEnabled());

        for (int i = 0; i < extraTariffs; ++i)
            editor.tariffsEditor()->addButton()->click();
        if (repeatedHour >= 0) {
            ui::DayProfileEditor *profile = editor.dayProfilesEditor()->profile(0);
            profile->addButton()->click();
            profile->timeEdit(profile->rowCount() - 1)->setTime(QTime(repeatedHour, 0));
            setCombo(profile->tariffCombo(profile->rowCount() - 1), 2);
        }
        QVERIFY(!write->isEnabled());
        QVERIFY2(editor.problemsText().contains(message), qPrintable(editor.problemsText()));
        const QString shown = editor.findChild<QLabel *>(QStringLiteral("planMessages"))->text();
        QVERIFY2(shown.contains(message.toHtmlEscaped()), qPrintable(shown));
        // The same messages the validator gives for the plan.
        const QList<control::PlanProblem> expected
            = control::TariffPlanValidator::validate(editor.plan());
        QCOMPARE(editor.problems().size(), expected.size());
        QVERIFY(!editor.writePanel()->write());
        QVERIFY(commands.written.isEmpty());

        // Put right, it can be written again.
        if (extraTariffs > 0)
            for (int i = 0; i < extraTariffs; ++i)
                editor.tariffsEditor()->removeRow(editor.tariffsEditor()->rowCount() - 1);
        if (repeatedHour >= 0) {
            ui::DayProfileEditor *profile = editor.dayProfilesEditor()->profile(0);
            profile->findChildren<QToolButton *>(QStringLiteral("removeRowButton")).last()->click();
        }
        editor.nameEdit()->setText(editor.nameEdit()->text()); // no-op edit
        QTest::keyClick(editor.nameEdit(), Qt::Key_Space);
        QTest::keyClick(editor.nameEdit(), Qt::Key_Backspace);
        QVERIFY2(write->isEnabled(), qPrintable(editor.problemsText()));
        QVERIFY(editor.writePanel()->write());
        QCOMPARE(commands.written.size(), 1);
        QCOMPARE(commands.written.first(), twoRate());
    }

    void saveOpenRoundTrip()
    {
        QVERIFY(m_dir.isValid());
        const control::TariffPlan reference = threeRateReference();
        ui::TariffPlanEditor editor;
        typeIn(editor, reference);
        const QString path = m_dir.filePath(QStringLiteral("3-rate.json"));
        QVERIFY(editor.saveTo(path).ok());

        ui::TariffPlanEditor reopened;
        QVERIFY(reopened.openFrom(path).ok());
        QCOMPARE(reopened.plan(), reference);

        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
        const QJsonObject example = exampleAsStored();
        QVERIFY(!example.isEmpty());
        QCOMPARE(json, example);
    }

    void openingABadFileSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"name\": \"x\", \"tarifs\": []}");
        f.close();
        ui::TariffPlanEditor editor;
        editor.setPlan(twoRate());
        QVERIFY(!editor.openFrom(path).ok());
        QCOMPARE(editor.plan(), twoRate()); // left as it was
        const QString shown = editor.findChild<QLabel *>(QStringLiteral("planFileMessage"))->text();
        QVERIFY2(shown.contains(QStringLiteral("unknown key \"tarifs\"")), qPrintable(shown));
    }

    void templatesAreValid_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<control::TariffPlan>("expected");
        QTest::addColumn<QStringList>("workday");
        QTest::newRow("two-zone") << QStringLiteral("twoZoneButton")
                                  << control::TariffPlanTemplates::twoZone()
                                  << QStringList{QStringLiteral("00:00 T2, 07:00 T1, 23:00 T2")};
        QTest::newRow("three-zone")
            << QStringLiteral("threeZoneButton") << control::TariffPlanTemplates::threeZone()
            << QStringList{
                   QStringLiteral("00:00 T2, 07:00 T1, 10:00 T3, 17:00 T1, 21:00 T3, 23:00 T2")};
    }

    void templatesAreValid()
    {
        QFETCH(QString, button);
        QFETCH(control::TariffPlan, expected);
        QFETCH(QStringList, workday);
        FakeCommands commands;
        ui::TariffPlanEditor editor;
        editor.setTarget(7, QStringLiteral("0000000007"), &commands);
        QVERIFY(!editor.problems().isEmpty()); // empty: nothing to write
        QVERIFY(!editor.writePanel()->writeButton()->isEnabled());
        editor.findChild<QPushButton *>(button)->click();
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problemsText()));
        QVERIFY(control::TariffPlanValidator::check(editor.plan()).ok());
        QVERIFY(editor.writePanel()->writeButton()->isEnabled());
        QCOMPARE(editor.plan(), expected);
        QCOMPARE(editor.plan().calendar.days.size(), 1);
        QCOMPARE(QStringList{control::TariffPlanCompare::describeDay(
                     editor.plan().calendar.days.first())},
                 workday);
        // Every day of the week and of the year runs it.
        QCOMPARE(editor.plan().calendar.weeks.first().dayIds,
                 (std::array<quint8, 7>{1, 1, 1, 1, 1, 1, 1}));
        QCOMPARE(editor.plan().calendar.seasons.size(), 1);
        QCOMPARE(editor.plan().calendar.seasons.first().start.date,
                 (axdr::CosemDate{0xFFFF, 1, 1, 0xFF}));
    }

    void resultInWords_data()
    {
        QTest::addColumn<control::Outcome>("outcome");
        QTest::addColumn<QString>("text");
        QTest::newRow("applied") << control::Outcome::Applied
                                 << QStringLiteral("Applied: the meter runs plan \"Dacha\" now"
                                                   " (read back and checked).");
        QTest::newRow("not applied")
            << control::Outcome::NotApplied
            << QStringLiteral("Not applied: the meter keeps its previous plan. Reason: refused");
        QTest::newRow("unknown") << control::Outcome::Unknown
                                 << QStringLiteral("Unknown: it is not certain that the meter took"
                                                   " plan \"Dacha\" (refused). The meter is marked"
                                                   " for a retry; write the plan again.");
    }

    void resultInWords()
    {
        QFETCH(control::Outcome, outcome);
        QFETCH(QString, text);
        FakeCommands commands;
        ui::TariffPlanEditor editor;
        editor.setTarget(42, QStringLiteral("0012345678"), &commands);
        editor.setPlan(twoRate());
        ui::TariffWritePanel *panel = editor.writePanel();
        QVERIFY(panel->write());
        QVERIFY(panel->isBusy());
        QVERIFY(!panel->writeButton()->isEnabled());
        QVERIFY(!panel->write()); // one at a time
        QCOMPARE(commands.written.size(), 1);
        emit commands.progress(42, QStringLiteral("writing"));
        QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("tariffWriteStep"))->text(),
                 QStringLiteral("writing"));
        // Another meter's answer is not this one's.
        emit commands.finished(43, control::Outcome::Applied, QStringLiteral("other"));
        QVERIFY(panel->isBusy());
        emit commands.finished(42, outcome, QStringLiteral("refused"));
        QVERIFY(!panel->isBusy());
        QCOMPARE(panel->lastOutcome(), std::optional(outcome));
        QCOMPARE(panel->resultText(), text);
        QVERIFY(panel->writeButton()->isEnabled());
    }

    // ---- energy-threshold zones (issue 8) ------------------------------------

    // Thresholds typed in kWh are kept in exact Wh: "0.3" must be 300 Wh,
    // which a trip through double would get wrong in the last digit of
    // larger values, and the largest a register holds must still fit.
    void zonesTypedInAreExactWh_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QList<quint32>>("wh");
        QTest::newRow("whole kWh") << QStringList{QStringLiteral("100"), QStringLiteral("300")}
                                   << QList<quint32>{100'000, 300'000};
        QTest::newRow("decimals, point and comma")
            << QStringList{QStringLiteral("0.3"), QStringLiteral("250,125"),
                           QStringLiteral("1000.001")}
            << QList<quint32>{300, 250'125, 1'000'001};
        QTest::newRow("spaces and trailing zeros")
            << QStringList{QStringLiteral(" 1 500.50 "), QStringLiteral("4294967.2950")}
            << QList<quint32>{1'500'500, 4'294'967'295u};
    }

    void zonesTypedInAreExactWh()
    {
        QFETCH(QStringList, typed);
        QFETCH(QList<quint32>, wh);
        QVERIFY(m_dir.isValid());
        ui::TariffPlanEditor editor;
        typeIn(editor, twoRate());
        const int tariffs[] = {2, 1, 2};
        for (qsizetype i = 0; i < typed.size(); ++i)
            typeZone(editor, typed[i], tariffs[i]);
        setCombo(editor.zonesEditor()->penaltyCombo(), 1);

        control::TariffPlan expected = twoRate();
        for (qsizetype i = 0; i < wh.size(); ++i)
            expected.zones.zones.append({wh[i], quint16(tariffs[i])});
        expected.zones.penaltyTariff = 1;
        QCOMPARE(editor.plan(), expected);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problemsText()));

        // Saved, the file holds the Wh; opened again, the editor gives the same plan.
        const QString path = m_dir.filePath(QStringLiteral("zones.json"));
        QVERIFY(editor.saveTo(path).ok());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
        const QJsonArray zones = json.value(QStringLiteral("energy_zones")).toArray();
        QCOMPARE(zones.size(), wh.size());
        for (qsizetype i = 0; i < wh.size(); ++i)
            QCOMPARE(zones[i].toObject().value(QStringLiteral("from_wh")).toInteger(),
                     qint64(wh[i]));
        QCOMPARE(json.value(QStringLiteral("penalty_tariff")).toInt(), 1);
        ui::TariffPlanEditor reopened;
        QVERIFY(reopened.openFrom(path).ok());
        QCOMPARE(reopened.plan(), expected);
        QCOMPARE(reopened.zonesEditor()->rows()->rowCount(), int(wh.size()));
    }

    void zoneProblemsDisableWrite_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("thresholds falling")
            << QStringList{QStringLiteral("300"), QStringLiteral("100")}
            << QStringLiteral("energy zone 2 starts at 100000 Wh, not above zone 1 (300000 Wh):"
                              " thresholds must ascend");
        QTest::newRow("same threshold twice")
            << QStringList{QStringLiteral("100"), QStringLiteral("100.000")}
            << QStringLiteral("energy zone 2 starts at 100000 Wh, not above zone 1");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("100"), QStringLiteral("1,5,0")}
            << QStringLiteral("energy zone 2: \"1,5,0\" is not a number of kWh");
        QTest::newRow("finer than a Wh")
            << QStringList{QStringLiteral("0.0005")}
            << QStringLiteral("energy zone 1: 0.0005 kWh is finer than 1 Wh");
        QTest::newRow("above a register")
            << QStringList{QStringLiteral("4294967.296")}
            << QStringLiteral("energy zone 1: 4294967.296 kWh is more than a meter register holds");
    }

    void zoneProblemsDisableWrite()
    {
        QFETCH(QStringList, typed);
        QFETCH(QString, message);
        FakeCommands commands;
        ui::TariffPlanEditor editor;
        editor.setTarget(42, QStringLiteral("0012345678"), &commands);
        typeIn(editor, twoRate());
        QPushButton *write = editor.writePanel()->writeButton();
        QVERIFY(write->isEnabled());
        for (const QString &kwh : typed)
            typeZone(editor, kwh, 2);
        QVERIFY(!write->isEnabled());
        QVERIFY2(editor.problemsText().contains(message), qPrintable(editor.problemsText()));
        const QString shown = editor.findChild<QLabel *>(QStringLiteral("planMessages"))->text();
        QVERIFY2(shown.contains(message.toHtmlEscaped()), qPrintable(shown));
        QVERIFY(!editor.writePanel()->write());
        QVERIFY(commands.written.isEmpty());

        // Without the zones the plan is writable again.
        editor.zonesEditor()->rows()->clearRows();
        emit editor.zonesEditor()->rows()->changed();
        QVERIFY2(write->isEnabled(), qPrintable(editor.problemsText()));
    }

    // The validator's zone rules reach the editor: a zone on an undeclared
    // tariff and a penalty tariff the plan lacks.
    void zoneTariffsMustBeDeclared()
    {
        control::TariffPlan plan = twoRate();
        plan.zones.zones = {{100'000, 4}};
        plan.zones.penaltyTariff = 5;
        ui::TariffPlanEditor editor;
        editor.setPlan(plan);
        QCOMPARE(editor.plan(), plan); // kept, shown as "not defined", not switched
        QVERIFY2(editor.problemsText().contains(QStringLiteral(
                     "energy zone 1 uses tariff 4, which the plan does not declare")),
                 qPrintable(editor.problemsText()));
        QVERIFY2(editor.problemsText().contains(
                     QStringLiteral("the penalty tariff 5 is not declared in the plan")),
                 qPrintable(editor.problemsText()));
        QCOMPARE(editor.problems().size(),
                 control::TariffPlanValidator::validate(editor.plan()).size());
    }

    void atMostEightZoneRows()
    {
        ui::TariffPlanEditor editor;
        editor.setPlan(twoRate());
        ui::EnergyZoneRows *rows = editor.zonesEditor()->rows();
        for (int i = 0; i < control::TariffZones::kMaxZones; ++i) {
            QVERIFY(rows->addButton()->isEnabled());
            rows->addButton()->click();
        }
        QCOMPARE(rows->rowCount(), control::TariffZones::kMaxZones);
        QVERIFY(!rows->addButton()->isEnabled());
        // New rows rise by 100 kWh: the plan stays valid.
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problemsText()));
        QCOMPARE(editor.plan().zones.zones.last().fromWh, quint32(800'000));
        rows->removeRow(0);
        QVERIFY(rows->addButton()->isEnabled());
    }

    // "Activate at": the time chosen goes to the commands, whole minutes.
    void activationTimeIsPassedOn()
    {
        FakeCommands commands;
        ui::TariffPlanEditor editor;
        editor.setTarget(42, QStringLiteral("0012345678"), &commands);
        editor.setPlan(twoRate());
        ui::TariffWritePanel *panel = editor.writePanel();
        QVERIFY(panel->activateNowButton()->isChecked());
        QVERIFY(!panel->activationEdit()->isEnabled());
        QVERIFY(panel->write());
        emit commands.finished(42, control::Outcome::Applied, QString());
        QCOMPARE(commands.activations.size(), 1);
        QCOMPARE(commands.activations.first(), std::nullopt);

        const QDateTime at(QDate::currentDate().addYears(1), QTime(7, 30, 45));
        panel->activateAtButton()->click();
        QVERIFY(panel->activationEdit()->isEnabled());
        panel->activationEdit()->setDateTime(at);
        QVERIFY(panel->write());
        QCOMPARE(commands.activations.size(), 2);
        QVERIFY(commands.activations[1].has_value());
        QCOMPARE(*commands.activations[1], QDateTime(at.date(), QTime(7, 30)));
        emit commands.finished(42, control::Outcome::Applied, QString());
        QVERIFY2(panel->resultText().startsWith(QStringLiteral("Written, waiting for activation:")),
                 qPrintable(panel->resultText()));

        // A time already gone is refused before anything is sent.
        panel->activationEdit()->setDateTime(QDateTime(QDate(2001, 1, 1), QTime(0, 0)));
        QVERIFY(!panel->write());
        QCOMPARE(commands.written.size(), 2);
        QVERIFY2(panel->resultText().contains(QStringLiteral("has passed")),
                 qPrintable(panel->resultText()));
    }

    void activationInWords_data()
    {
        QTest::addColumn<int>("minutesAhead");
        QTest::addColumn<QString>("text");
        QTest::newRow("ahead") << 60
                               << QStringLiteral("Written, waiting for activation: the meter"
                                                 " switches to plan \"Dacha\" at 2026-04-01 00:00"
                                                 " (read back and checked) and runs its previous"
                                                 " plan until then.");
        QTest::newRow("reached") << -1
                                 << QStringLiteral("Applied: the meter runs plan \"Dacha\" now"
                                                   " (read back and checked).");
    }

    void activationInWords()
    {
        QFETCH(int, minutesAhead);
        QFETCH(QString, text);
        const QDateTime at(QDate(2026, 4, 1), QTime(0, 0));
        QCOMPARE(ui::TariffWritePanel::describe(control::Outcome::Applied, QStringLiteral("Dacha"),
                                                QString(), at, at.addSecs(-60 * minutesAhead)),
                 text);
    }

    void renamingAWeekKeepsItsSeasons()
    {
        ui::TariffPlanEditor editor;
        editor.setPlan(threeRateReference());
        editor.weeksEditor()->nameEdit(0)->clear();
        QTest::keyClicks(editor.weeksEditor()->nameEdit(0), QStringLiteral("cold"));
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problemsText()));
        control::TariffPlan expected = threeRateReference();
        expected.calendar.weeks[0].name = "cold";
        expected.calendar.seasons[0].weekName = "cold";
        expected.calendar.seasons[2].weekName = "cold";
        QCOMPARE(editor.plan(), expected);
    }

    void removingATariffInUseIsNamed()
    {
        ui::TariffPlanEditor editor;
        editor.setPlan(twoRate());
        editor.tariffsEditor()->removeRow(1); // Night, used at 00:00 and 23:00
        emit editor.tariffsEditor()->changed();
        QVERIFY2(editor.problemsText().contains(
                     QStringLiteral("switches to tariff 2 at 00:00, which the plan does not")),
                 qPrintable(editor.problemsText()));
        // The rows still name tariff 2: nothing switched silently to tariff 1.
        QCOMPARE(editor.plan().calendar.days.first(), twoRate().calendar.days.first());
    }
};

QTEST_MAIN(TstTariffPlanEditor)
#include "tst_tariff_plan_editor.moc"
