#include "ui/meter_card/meter_card_view.h"

#include "models/analytics/meter_status.h"
#include "models/analytics/quantity_names.h"
#include "models/control/control_store.h"
#include "models/control/tariff_commands.h"
#include "models/control/tariff_plan_templates.h"
#include "models/itemmodels/display_format.h"
#include "models/itemmodels/record_table_model.h"
#include "protocol/cosem/spodes_events.h"
#include "protocol/engine/readings.h"
#include "ui/core/busy_bar.h"
#include "ui/core/query_runner.h"
#include "ui/core/status_palette.h"
#include "ui/meter_card/payment_box.h"
#include "ui/tariff/tariff_plan_editor.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ims::ui {

using namespace ims::analytics;
using itemmodels::DisplayFormat;
using itemmodels::RecordTableModel;

namespace {

QString registerKindName(int kind)
{
    switch (engine::RegisterKind(kind)) {
    case engine::RegisterKind::Current:
        return MeterCardView::tr("now");
    case engine::RegisterKind::Daily:
        return MeterCardView::tr("start of day");
    case engine::RegisterKind::Monthly:
        return MeterCardView::tr("start of month");
    }
    return QString();
}

QString valueText(qint64 raw, int scaler, int unit)
{
    const QString symbol = QuantityNames::unitSymbol(unit);
    const QString number = DisplayFormat::localizeDecimal(scaledDecimal(raw, scaler));
    return symbol.isEmpty() ? number : MeterCardView::tr("%1 %2").arg(number, symbol);
}

QString registerText(const RegisterValue &r)
{
    if (r.primaryMwh)
        return DisplayFormat::kwh(*r.primaryMwh);
    return valueText(r.raw, r.scaler, r.unit);
}

QString resultText(int result)
{
    switch (engine::PollResult(result)) {
    case engine::PollResult::Success:
        return MeterCardView::tr("success");
    case engine::PollResult::Partial:
        return MeterCardView::tr("partly read");
    case engine::PollResult::Failed:
        return MeterCardView::tr("failed");
    }
    return QString();
}

QString optionalKwh(const std::optional<qint64> &mwh)
{
    return mwh ? DisplayFormat::kwh(*mwh) : QString();
}

} // namespace

MeterCardView::MeterCardView(QueryRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_title(new QLabel(tr("No meter chosen"), this))
    , m_status(new QLabel(this))
    , m_readNow(new QPushButton(tr("Read now"), this))
    , m_tariffPlan(new QPushButton(tr("Tariff plan…"), this))
    , m_busy(new BusyBar(this))
    , m_identity(new QFormLayout)
    , m_connection(new QFormLayout)
    , m_state(new QFormLayout)
    , m_payment(new PaymentBox(runner, this))
    , m_tabs(new QTabWidget(this))
    , m_registers(new RecordTableModel({}, this))
    , m_instants(new RecordTableModel({tr("Quantity"), tr("Value"), tr("Measured")}, this))
    , m_intervals(new RecordTableModel(
          {tr("Interval end"), tr("A+, kWh"), tr("A-, kWh"), tr("R+, kvarh"), tr("R-, kvarh")},
          this))
    , m_events(new RecordTableModel({tr("Time"), tr("Journal"), tr("Event")}, this))
    , m_manual(new RecordTableModel(
          {tr("Time"), tr("How"), tr("Code"), tr("Value"), tr("Operator")}, this))
    , m_sessions(new RecordTableModel({tr("Started"), tr("Duration"), tr("Result"), tr("Intervals"),
                                       tr("Sent"), tr("Received"), tr("Message")},
                                      this))
{
    setObjectName(QStringLiteral("meterCardView"));
    m_title->setObjectName(QStringLiteral("meterCardTitle"));
    m_status->setObjectName(QStringLiteral("meterCardStatus"));
    m_readNow->setObjectName(QStringLiteral("readNowButton"));
    m_readNow->setEnabled(false);
    m_tariffPlan->setObjectName(QStringLiteral("tariffPlanButton"));
    m_tariffPlan->setEnabled(false);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intervals->setNumericColumns({1, 2, 3, 4});
    m_sessions->setNumericColumns({1, 3, 4, 5});

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    header->addWidget(m_tariffPlan);
    header->addWidget(m_readNow);

    auto group = [this](const QString &title, QFormLayout *form, const QString &name) {
        auto *box = new QGroupBox(title, this);
        box->setObjectName(name);
        form->setLabelAlignment(Qt::AlignLeft);
        box->setLayout(form);
        return box;
    };
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(group(tr("Identity"), m_identity, QStringLiteral("identityBox")), 1);
    boxes->addWidget(group(tr("How it is reached"), m_connection, QStringLiteral("connectionBox")),
                     1);
    boxes->addWidget(group(tr("State"), m_state, QStringLiteral("stateBox")), 1);

    m_tabs->setObjectName(QStringLiteral("meterCardTabs"));
    addTable(tr("Registers per tariff"), m_registers, QStringLiteral("registersTable"));
    addTable(tr("Instantaneous values"), m_instants, QStringLiteral("instantsTable"));
    addTable(tr("Last readings"), m_intervals, QStringLiteral("intervalsTable"));
    addTable(tr("Events"), m_events, QStringLiteral("eventsTable"));
    addTable(tr("Manual readings"), m_manual, QStringLiteral("manualTable"));
    addTable(tr("Polling sessions"), m_sessions, QStringLiteral("sessionsTable"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_busy);
    layout->addLayout(boxes);
    layout->addWidget(m_payment);
    layout->addWidget(m_tabs, 1);

    connect(m_readNow, &QPushButton::clicked, this, [this] {
        if (m_meterId != 0)
            emit readNowRequested(m_meterId);
    });
    connect(m_tariffPlan, &QPushButton::clicked, this, &MeterCardView::openTariffEditor);
}

QTableView *MeterCardView::addTable(const QString &title, RecordTableModel *model,
                                    const QString &name)
{
    auto *view = new QTableView(m_tabs);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    connect(model, &QAbstractItemModel::modelReset, view,
            [view] { view->resizeColumnsToContents(); });
    m_tabs->addTab(view, title);
    return view;
}

void MeterCardView::setPaymentCommands(control::PaymentCommands *commands)
{
    m_payment->setCommands(commands);
}

void MeterCardView::setTariffCommands(control::TariffCommands *commands)
{
    if (m_tariffCommands)
        disconnect(m_tariffCommands, nullptr, this, nullptr);
    m_tariffCommands = commands;
    // What the meter runs changed (or is in doubt): show what is stored now,
    // also when the editor was closed before the write finished.
    if (commands)
        connect(commands, &control::TariffCommands::finished, this, [this](qint64 meterId) {
            if (meterId == m_meterId)
                reload();
        });
}

TariffPlanEditor *MeterCardView::tariffEditor() const
{
    return m_tariffEditor;
}

void MeterCardView::openTariffEditor()
{
    const qint64 meterId = m_meterId;
    if (meterId == 0)
        return;
    struct Stored
    {
        QString serial;
        std::optional<control::TariffPlan> plan;
    };
    // The plan assigned to the meter, if the database keeps its document.
    m_runner->run<Stored>(
        this,
        [meterId](QSqlDatabase &db) -> Result<Stored> {
            control::ControlStore store(db);
            Result<control::MeterTariffStatus> status
                = store.status(meterId, QDateTime::currentMSecsSinceEpoch());
            if (!status)
                return status.error();
            Stored stored{status->serial, {}};
            if (status->assignedPlanId != 0) {
                if (Result<control::TariffPlan> plan = store.plan(status->assignedPlanId))
                    stored.plan = *plan;
            }
            return stored;
        },
        [this, meterId](Result<Stored> stored) {
            if (!stored) {
                m_busy->fail(stored.error().message);
                return;
            }
            auto *editor = new TariffPlanEditor(this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            editor->setPlan(stored->plan ? *stored->plan : control::TariffPlanTemplates::twoZone());
            editor->setTarget(meterId, stored->serial, m_tariffCommands);
            m_tariffEditor = editor;
            editor->show();
            emit tariffEditorOpened();
        });
}

void MeterCardView::showMeter(qint64 meterId)
{
    m_meterId = meterId;
    m_payment->showMeter(meterId);
    m_readNow->setEnabled(meterId != 0);
    m_tariffPlan->setEnabled(meterId != 0);
    m_busy->start(tr("Loading the meter card…"));
    const quint64 generation = ++m_generation;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_runner->run<MeterCard>(
        this, [meterId, now](QSqlDatabase &db) { return MeterCardQuery(db).load(meterId, now); },
        [this, generation](Result<MeterCard> card) {
            if (generation != m_generation)
                return;
            if (!card) {
                m_busy->fail(card.error().message);
                return;
            }
            m_busy->stop();
            present(*card);
            emit loaded();
        });
}

void MeterCardView::present(const MeterCard &card)
{
    m_card = card;
    const domain::Meter &m = card.meter;
    m_title->setText(tr("Meter %1").arg(m.serial));
    m_status->setText(QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
                          .arg(StatusPalette::color(card.statusFlags).name(),
                               MeterStatusQuery::describe(card.statusFlags).toHtmlEscaped()));
    fillIdentity(card);
    fillConnection(card);
    fillState(card);
    fillRegisters(card);
    fillTables(card);
}

void MeterCardView::setRows(QFormLayout *form, const QList<std::pair<QString, QString>> &rows)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
    for (const auto &[label, value] : rows) {
        auto *field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    }
}

void MeterCardView::fillIdentity(const MeterCard &card)
{
    const domain::Meter &m = card.meter;
    const QString subscriber
        = card.subscriberName.isEmpty()
              ? card.subscriberAccount
              : tr("%1 (account %2)").arg(card.subscriberName, card.subscriberAccount);
    setRows(m_identity,
            {{tr("Serial number"), m.serial},
             {tr("Model"), m.model},
             {tr("Phases"), QLocale().toString(m.phases)},
             {tr("Current transformer"), tr("%1 / %2").arg(m.ct.numerator).arg(m.ct.denominator)},
             {tr("Voltage transformer"), tr("%1 / %2").arg(m.vt.numerator).arg(m.vt.denominator)},
             {tr("Installed"), m.installDate},
             {tr("Site"), card.siteName},
             {tr("Plot"), m.plot},
             {tr("Subscriber"), subscriber},
             {tr("Tariff plan"), card.tariffPlan}});
}

void MeterCardView::fillConnection(const MeterCard &card)
{
    QString route;
    if (card.meter.opticalOnly) {
        route = tr("optical port only");
    } else if (card.routerName.isEmpty()) {
        route = tr("no router");
    } else {
        QStringList hops{card.routerName};
        for (int address : card.repeaters)
            hops << tr("repeater %1").arg(address);
        hops << card.meter.serial;
        QStringList parts;
        for (qsizetype i = 0; i < hops.size(); ++i) {
            parts << hops[i];
            if (i + 1 < hops.size())
                parts << (i < card.hopQuality.size() ? tr("→ (%1 %) →").arg(card.hopQuality[i])
                                                     : QStringLiteral("→"));
        }
        route = parts.join(QLatin1Char(' '));
    }
    setRows(
        m_connection,
        {{tr("Router"), card.routerEndpoint.isEmpty()
                            ? card.routerName
                            : tr("%1 (%2)").arg(card.routerName, card.routerEndpoint)},
         {tr("Physical address"), QString::number(card.meter.physicalAddress)},
         {tr("Route"), route},
         {tr("Hops"),
          card.routerName.isEmpty() ? QString() : QLocale().toString(card.repeaters.size() + 1)},
         {tr("Route reported"),
          card.routeUpdatedMs > 0 ? DisplayFormat::dateTimeMs(card.routeUpdatedMs) : QString()}});
}

void MeterCardView::fillState(const MeterCard &card)
{
    QString relay = tr("unknown");
    if (card.relayClosed)
        relay = *card.relayClosed ? tr("closed (consumer connected)")
                                  : tr("OPEN (consumer disconnected)");
    QString clock = tr("not checked yet");
    if (card.clock) {
        clock = tr("%1 (checked %2)")
                    .arg(DisplayFormat::durationMs(card.clock->deltaMs),
                         DisplayFormat::dateTimeMs(card.clock->workstationTimeMs));
    }
    const SessionStats &s = card.stats;
    const QLocale locale;
    QString sessions = s.sessions == 0
                           ? tr("never polled")
                           : tr("%1 sessions: %2 ok, %3 partial, %4 failed")
                                 .arg(locale.toString(s.sessions), locale.toString(s.succeeded),
                                      locale.toString(s.partial), locale.toString(s.failed));
    setRows(m_state, {{tr("Load relay"), relay},
                      {tr("Clock deviation"), clock},
                      {tr("Polling"), sessions},
                      {tr("Last success"),
                       s.lastSuccessMs ? DisplayFormat::dateTimeMs(*s.lastSuccessMs) : QString()},
                      {tr("Last failure"),
                       s.lastFailureMs ? tr("%1: %2").arg(
                           DisplayFormat::dateTimeMs(*s.lastFailureMs), s.lastFailureMessage)
                                       : QString()},
                      {tr("Traffic"), tr("%1 sent, %2 received, %3 per session")
                                          .arg(DisplayFormat::bytes(s.bytesSent),
                                               DisplayFormat::bytes(s.bytesReceived),
                                               DisplayFormat::durationMs(s.averageDurationMs))}});
}

void MeterCardView::fillRegisters(const MeterCard &card)
{
    // Rows: (kind, quantity); columns: total and each tariff present.
    int maxTariff = 0;
    for (const RegisterValue &r : card.registers)
        maxTariff = std::max(maxTariff, r.tariff);
    QStringList headers{tr("Quantity"), tr("Taken"), tr("Total")};
    for (int t = 1; t <= maxTariff; ++t)
        headers << tr("T%1").arg(t);
    QMap<std::pair<int, QString>, QStringList> rows;
    for (const RegisterValue &r : card.registers) {
        // One row per quantity: the tariff is the E field of the OBIS code.
        QStringList parts = r.obis.split(QLatin1Char('.'));
        if (parts.size() == 6)
            parts[4] = QStringLiteral("0");
        QStringList &row = rows[{r.kind, parts.join(QLatin1Char('.'))}];
        if (row.isEmpty()) {
            row = QStringList(headers.size(), QString());
            row[0] = QuantityNames::name(parts.join(QLatin1Char('.')));
            row[1] = tr("%1, %2").arg(registerKindName(r.kind), DisplayFormat::dateTime(r.takenAt));
        }
        if (2 + r.tariff < row.size())
            row[2 + r.tariff] = registerText(r);
    }
    QList<int> numeric;
    for (int c = 2; c < headers.size(); ++c)
        numeric << c;
    m_registers->setNumericColumns(numeric);
    m_registers->setHeaders(headers);
    m_registers->setRows(rows.values());
}

void MeterCardView::fillTables(const MeterCard &card)
{
    QList<QStringList> rows;
    for (const InstantReading &r : card.instants)
        rows << QStringList{QuantityNames::name(r.obis), valueText(r.raw, r.scaler, r.unit),
                            DisplayFormat::dateTime(r.takenAt)};
    m_instants->setRows(rows);

    rows.clear();
    for (const ProfileRow &r : card.lastIntervals)
        rows << QStringList{DisplayFormat::dateTime(r.intervalEnd), optionalKwh(r.primaryMwh[0]),
                            optionalKwh(r.primaryMwh[1]), optionalKwh(r.primaryMwh[2]),
                            optionalKwh(r.primaryMwh[3])};
    m_intervals->setRows(rows);

    rows.clear();
    for (const EventRecord &e : card.events) {
        const bool known = e.journal >= 0 && e.journal <= 8;
        const auto category = cosem::EventCategory(e.journal);
        rows << QStringList{DisplayFormat::dateTime(e.time),
                            known ? cosem::SpodesEvents::categoryName(category)
                                  : QString::number(e.journal),
                            known ? cosem::SpodesEvents::description(category, quint16(e.code))
                                  : QString::number(e.code)};
    }
    m_events->setRows(rows);

    rows.clear();
    for (const ManualRecord &r : card.manual)
        rows << QStringList{DisplayFormat::dateTime(r.time),
                            r.optical ? tr("optical probe") : tr("typed from the display"), r.code,
                            r.textValue, r.operatorName};
    m_manual->setRows(rows);

    rows.clear();
    const QLocale locale;
    for (const SessionRecord &s : card.sessions)
        rows << QStringList{DisplayFormat::dateTimeMs(s.startedAtMs),
                            DisplayFormat::durationMs(s.finishedAtMs - s.startedAtMs),
                            resultText(s.result),
                            locale.toString(s.intervalsRead),
                            DisplayFormat::bytes(s.bytesSent),
                            DisplayFormat::bytes(s.bytesReceived),
                            s.message};
    m_sessions->setRows(rows);
}

} // namespace ims::ui
