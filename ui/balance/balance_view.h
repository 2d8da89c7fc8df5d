#pragma once
// Energy balance of a substation, feeder or any balance group: the head
// meter against the sum of the members per day and per month, losses in kWh
// and %, a trend chart, and the members ranked by share or by anomaly.
#include "models/analytics/balance_members.h"
#include "models/analytics/energy_balance.h"
#include "models/control/switch_schedule.h"

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace ims::itemmodels {
class BalanceTableModel;
class MemberRankingModel;
} // namespace ims::itemmodels

namespace ims::ui {

class BusyBar;
class QueryRunner;

class BalanceView : public QWidget
{
    Q_OBJECT
public:
    explicit BalanceView(QueryRunner *runner, QWidget *parent = nullptr);

    // Fills the group list and shows `groupId` (or the first group) for the
    // month with the newest data.
    void reloadGroups(qint64 groupId = 0);
    void showGroup(qint64 groupId, QDate month = {});
    // The group of a substation, when there is one.
    void showSubstation(qint64 substationId);
    void reload();
    enum class Ranking { ByShare, ByAnomaly };
    void rankBy(Ranking ranking);

    qint64 groupId() const { return m_groupId; }
    itemmodels::BalanceTableModel *daysModel() const { return m_days; }
    itemmodels::BalanceTableModel *monthsModel() const { return m_months; }
    itemmodels::MemberRankingModel *membersModel() const { return m_members; }
    QSortFilterProxyModel *sortedMembers() const { return m_sortedMembers; }
    QString summaryText() const;

signals:
    void meterActivated(qint64 meterId);
    void loaded();
    // "Switch relays" of the shown group: every member (its head meters
    // excepted) is to be disconnected or reconnected; confirmation follows.
    void groupSwitchRequested(const ims::control::SwitchTarget &target,
                              ims::control::SwitchAction action);
    void switchSchedulesRequested(const ims::control::SwitchTarget &target);

private:
    struct Bundle;
    void present(const Bundle &bundle);
    void plotTrend(const analytics::EnergyBalance &days);

    QueryRunner *m_runner;
    qint64 m_groupId = 0;
    QDate m_month;
    quint64 m_generation = 0;
    QList<analytics::BalanceGroupInfo> m_groups;
    QComboBox *m_groupBox;
    QDateEdit *m_monthEdit;
    QComboBox *m_rankBox;
    QToolButton *m_switchButton;
    QLabel *m_summary;
    BusyBar *m_busy;
    QChart *m_chart;
    QChartView *m_chartView;
    itemmodels::BalanceTableModel *m_days;
    itemmodels::BalanceTableModel *m_months;
    itemmodels::MemberRankingModel *m_members;
    QSortFilterProxyModel *m_sortedMembers;
    QTableView *m_membersView;
};

} // namespace ims::ui
