#include "ui/balance/balance_view.h"

#include "models/analytics/workstation_queries.h"
#include "models/itemmodels/balance_table_model.h"
#include "models/itemmodels/display_format.h"
#include "models/itemmodels/member_ranking_model.h"
#include "ui/core/busy_bar.h"
#include "ui/core/query_runner.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ims::ui {

using namespace ims::analytics;
using itemmodels::BalanceTableModel;
using itemmodels::DisplayFormat;
using itemmodels::MemberRankingModel;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kRankingDays = 30;

qint64 civilDayOf(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}

qint64 civilSeconds(QDate date)
{
    return civilDayOf(date) * kDay;
}
} // namespace

struct BalanceView::Bundle
{
    QDate month;
    qint64 rankFromDay = 0;
    qint64 rankToDay = 0;
    EnergyBalance days;
    EnergyBalance months;
    MemberRanking ranking;
};

BalanceView::BalanceView(QueryRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_groupBox(new QComboBox(this))
    , m_monthEdit(new QDateEdit(this))
    , m_rankBox(new QComboBox(this))
    , m_switchButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_busy(new BusyBar(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_days(new BalanceTableModel(this))
    , m_months(new BalanceTableModel(this))
    , m_members(new MemberRankingModel(this))
    , m_sortedMembers(new QSortFilterProxyModel(this))
    , m_membersView(new QTableView(this))
{
    setObjectName(QStringLiteral("balanceView"));
    m_groupBox->setObjectName(QStringLiteral("balanceGroup"));
    m_summary->setObjectName(QStringLiteral("balanceSummary"));
    m_rankBox->setObjectName(QStringLiteral("balanceRanking"));
    m_membersView->setObjectName(QStringLiteral("balanceMembers"));
    m_chartView->setObjectName(QStringLiteral("balanceChart"));
    m_monthEdit->setDisplayFormat(QStringLiteral("MM.yyyy"));
    m_monthEdit->setCalendarPopup(true);
    m_rankBox->addItem(tr("Rank by share"), int(Ranking::ByShare));
    m_rankBox->addItem(tr("Rank by anomaly"), int(Ranking::ByAnomaly));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Balance group:"), this));
    bar->addWidget(m_groupBox, 2);
    bar->addWidget(m_switchButton);
    bar->addWidget(new QLabel(tr("Month:"), this));
    bar->addWidget(m_monthEdit);
    bar->addStretch(1);
    bar->addWidget(m_rankBox);

    auto table = [this](BalanceTableModel *model, const QString &name) {
        auto *view = new QTableView(this);
        view->setObjectName(name);
        view->setModel(model);
        view->verticalHeader()->hide();
        view->setAlternatingRowColors(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        return view;
    };
    auto *periods = new QTabWidget(this);
    periods->addTab(table(m_days, QStringLiteral("balanceDays")), tr("By day"));
    periods->addTab(table(m_months, QStringLiteral("balanceMonths")), tr("By month"));

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);

    m_sortedMembers->setSourceModel(m_members);
    m_sortedMembers->setSortRole(MemberRankingModel::SortRole);
    m_membersView->setModel(m_sortedMembers);
    m_membersView->setSortingEnabled(true);
    m_membersView->verticalHeader()->hide();
    m_membersView->setAlternatingRowColors(true);
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->horizontalHeader()->setStretchLastSection(true);
    m_membersView->sortByColumn(MemberRankingModel::Energy, Qt::DescendingOrder);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_chartView);
    top->addWidget(periods);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("balanceSplitter"));
    split->addWidget(top);
    split->addWidget(m_membersView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    m_switchButton->setObjectName(QStringLiteral("balanceGroupSwitch"));
    m_switchButton->setText(tr("Relays"));
    m_switchButton->setToolTip(tr("Disconnect or reconnect every member of this balance group"));
    m_switchButton->setPopupMode(QToolButton::InstantPopup);
    m_switchButton->setEnabled(false); // until a group is shown
    auto *switchMenu = new QMenu(m_switchButton);
    const auto addSwitch = [this, switchMenu](const QString &text, const QString &name,
                                              control::SwitchAction action) {
        QAction *a = switchMenu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, action] {
            if (m_groupId != 0)
                emit groupSwitchRequested({control::SwitchTargetKind::BalanceGroup, m_groupId},
                                          action);
        });
    };
    addSwitch(tr("Disconnect all meters…"), QStringLiteral("disconnectGroupMeters"),
              control::SwitchAction::Disconnect);
    addSwitch(tr("Reconnect all meters…"), QStringLiteral("reconnectGroupMeters"),
              control::SwitchAction::Reconnect);
    switchMenu->addSeparator();
    QAction *schedules = switchMenu->addAction(tr("Switch schedules…"));
    schedules->setObjectName(QStringLiteral("groupSwitchSchedules"));
    connect(schedules, &QAction::triggered, this, [this] {
        if (m_groupId != 0)
            emit switchSchedulesRequested({control::SwitchTargetKind::BalanceGroup, m_groupId});
    });
    m_switchButton->setMenu(switchMenu);

    connect(m_groupBox, &QComboBox::activated, this,
            [this](int index) { showGroup(m_groupBox->itemData(index).toLongLong()); });
    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        const QDate month(date.year(), date.month(), 1);
        if (month != m_month && m_groupId != 0)
            showGroup(m_groupId, month);
    });
    connect(m_rankBox, &QComboBox::activated, this,
            [this](int index) { rankBy(Ranking(m_rankBox->itemData(index).toInt())); });
    connect(m_membersView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit meterActivated(index.data(MemberRankingModel::MeterIdRole).toLongLong());
    });
}

void BalanceView::rankBy(Ranking ranking)
{
    m_rankBox->setCurrentIndex(m_rankBox->findData(int(ranking)));
    m_membersView->sortByColumn(ranking == Ranking::ByShare ? MemberRankingModel::Energy
                                                            : MemberRankingModel::Anomaly,
                                Qt::DescendingOrder);
}

void BalanceView::reloadGroups(qint64 groupId)
{
    m_runner->run<QList<BalanceGroupInfo>>(
        this, [](QSqlDatabase &db) { return BalanceMembersQuery(db).groups(); },
        [this, groupId](Result<QList<BalanceGroupInfo>> groups) {
            if (!groups) {
                m_busy->fail(groups.error().message);
                return;
            }
            m_groups = *groups;
            m_groupBox->clear();
            for (const BalanceGroupInfo &g : m_groups)
                m_groupBox->addItem(g.substationName.isEmpty()
                                        ? tr("%1 (%n member(s))", nullptr, g.members).arg(g.name)
                                        : tr("%1, %2 (%n member(s))", nullptr, g.members)
                                              .arg(g.name, g.substationName),
                                    g.id);
            if (m_groups.isEmpty()) {
                m_summary->setText(tr("No balance groups configured yet."));
                emit loaded();
                return;
            }
            const int at = std::max(0, m_groupBox->findData(groupId));
            showGroup(m_groupBox->itemData(at).toLongLong());
        });
}

void BalanceView::showSubstation(qint64 substationId)
{
    m_runner->run<qint64>(
        this,
        [substationId](QSqlDatabase &db) {
            return WorkstationQueries(db).groupOfSubstation(substationId);
        },
        [this](Result<qint64> group) {
            if (group && *group > 0)
                showGroup(*group);
        });
}

void BalanceView::reload()
{
    if (m_groupId != 0)
        showGroup(m_groupId, m_month);
}

void BalanceView::showGroup(qint64 groupId, QDate month)
{
    m_groupId = groupId;
    m_switchButton->setEnabled(groupId != 0);
    const int at = m_groupBox->findData(groupId);
    if (at >= 0)
        m_groupBox->setCurrentIndex(at);
    m_busy->start(tr("Computing the balance…"));
    const quint64 generation = ++m_generation;
    m_runner->run<Bundle>(
        this,
        [groupId, month](QSqlDatabase &db) -> Result<Bundle> {
            Bundle bundle;
            // The newest day with data of the group's head: where "recent" ends.
            auto newest = WorkstationQueries(db).newestDay({MeterSet::Kind::GroupHead, groupId});
            if (!newest)
                return newest.error();
            const QDate newestDay
                = *newest ? QDate(1970, 1, 1).addDays(**newest) : QDate::currentDate();
            bundle.month = month.isValid() ? month : QDate(newestDay.year(), newestDay.month(), 1);
            const QDate first = bundle.month;
            const QDate next = first.addMonths(1);
            BalanceQuery balance(db);
            auto days = balance.compute(groupId, civilSeconds(first), civilSeconds(next),
                                        BalanceStep::Day);
            if (!days)
                return days.error();
            bundle.days = *days;
            auto months = balance.compute(groupId, civilSeconds(first.addMonths(-11)),
                                          civilSeconds(next), BalanceStep::Month);
            if (!months)
                return months.error();
            bundle.months = *months;
            // Members over the 30 days up to the month's end (or the newest
            // data): long enough for a baseline even early in a month.
            const qint64 rankEnd = std::min(civilDayOf(next), civilDayOf(newestDay) + 1);
            bundle.rankFromDay = rankEnd - kRankingDays;
            bundle.rankToDay = rankEnd;
            auto ranking = BalanceMembersQuery(db).rank(groupId, rankEnd - kRankingDays, rankEnd);
            if (!ranking)
                return ranking.error();
            bundle.ranking = *ranking;
            return bundle;
        },
        [this, generation](Result<Bundle> bundle) {
            if (generation != m_generation)
                return;
            if (!bundle) {
                m_busy->fail(bundle.error().message);
                return;
            }
            m_busy->stop();
            present(*bundle);
            emit loaded();
        });
}

void BalanceView::present(const Bundle &bundle)
{
    m_month = bundle.month;
    {
        const QSignalBlocker block(m_monthEdit);
        m_monthEdit->setDate(bundle.month);
    }
    m_days->setBalance(bundle.days);
    m_months->setBalance(bundle.months);
    m_members->setRanking(bundle.ranking);
    m_membersView->resizeColumnsToContents();
    rankBy(Ranking(m_rankBox->currentData().toInt()));
    const BalancePoint &t = bundle.days.total;
    int suspicious = 0;
    for (const MemberShare &m : bundle.ranking.members)
        suspicious += m.anomalyScore > 0;
    const auto loss = t.lossBasisPoints();
    m_summary->setText(
        tr("<b>%1</b>: head %2, members %3, <b>losses %4 (%5)</b>. "
           "Members over %8 – %9: %6 of %7 look unusual.")
            .arg(DisplayFormat::monthYear(bundle.month), DisplayFormat::kwhWithUnit(t.headMwh),
                 DisplayFormat::kwhWithUnit(t.membersMwh), DisplayFormat::kwhWithUnit(t.lossMwh()),
                 loss ? DisplayFormat::percent(*loss) : tr("no head data"))
            .arg(suspicious)
            .arg(bundle.ranking.members.size())
            .arg(QLocale().toString(QDate(1970, 1, 1).addDays(bundle.rankFromDay),
                                    QLocale::ShortFormat),
                 QLocale().toString(QDate(1970, 1, 1).addDays(bundle.rankToDay - 1),
                                    QLocale::ShortFormat)));
    plotTrend(bundle.days);
}

QString BalanceView::summaryText() const
{
    return m_summary->text();
}

void BalanceView::plotTrend(const EnergyBalance &days)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_chart->setTitle(tr("Head vs members per day, and losses"));
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("dd.MM"));
    auto *energy = new QValueAxis;
    energy->setTitleText(tr("kWh per day"));
    auto *percent = new QValueAxis;
    percent->setTitleText(tr("losses, %"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(energy, Qt::AlignLeft);
    m_chart->addAxis(percent, Qt::AlignRight);
    auto *head = new QLineSeries;
    head->setName(tr("Head"));
    auto *members = new QLineSeries;
    members->setName(tr("Members"));
    auto *losses = new QLineSeries;
    losses->setName(tr("Losses, %"));
    losses->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine));
    double maxEnergy = 1, minPercent = 0, maxPercent = 1;
    for (const BalancePoint &p : days.points) {
        // Float only for drawing.
        const double t = double(p.start + kDay / 2) * 1000.0;
        head->append(t, double(p.headMwh) / 1e6);
        members->append(t, double(p.membersMwh) / 1e6);
        maxEnergy = std::max({maxEnergy, double(p.headMwh) / 1e6, double(p.membersMwh) / 1e6});
        if (const auto bp = p.lossBasisPoints()) {
            losses->append(t, double(*bp) / 100.0);
            minPercent = std::min(minPercent, double(*bp) / 100.0);
            maxPercent = std::max(maxPercent, double(*bp) / 100.0);
        }
    }
    for (QLineSeries *s : {head, members}) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(energy);
    }
    m_chart->addSeries(losses);
    losses->attachAxis(x);
    losses->attachAxis(percent);
    if (!days.points.isEmpty())
        x->setRange(QDateTime::fromSecsSinceEpoch(days.points.first().start, QTimeZone::utc()),
                    QDateTime::fromSecsSinceEpoch(days.points.last().end, QTimeZone::utc()));
    energy->setRange(0, maxEnergy * 1.1);
    energy->applyNiceNumbers();
    percent->setRange(minPercent, maxPercent * 1.2);
    percent->applyNiceNumbers();
}

} // namespace ims::ui
