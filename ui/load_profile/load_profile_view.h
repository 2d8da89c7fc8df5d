#pragma once
// Load profiles: A+/A-/R+/R- of one meter or a group of meters over a day,
// week, month or year, aggregated to a sensible step; values on hover, gaps
// left as gaps; export as PNG or CSV.
#include "models/analytics/profile_series.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

class QChart;
class QChartView;

namespace ims::ui {

class BusyBar;
class QueryRunner;

class LoadProfileView : public QWidget
{
    Q_OBJECT
public:
    enum class Span { Day, Week, Month, Year };

    explicit LoadProfileView(QueryRunner *runner, QWidget *parent = nullptr);

    // Shows the set; the period ends on the newest day with data.
    void showSet(const analytics::MeterSet &set, const QString &title);
    void showMeter(qint64 meterId, const QString &serial);
    void setSpan(Span span);
    void setAnchor(QDate date);
    void reload();
    // The balance groups and routers offered as sources (async).
    void reloadSources();

    const analytics::ProfileSeries &series() const { return m_series; }
    QChartView *chartView() const { return m_chartView; }
    QString hoverText(double msecsSinceEpoch) const;
    bool exportCsv(const QString &path) const;
    bool exportPng(const QString &path) const;
    static qint64 bucketSeconds(Span span);

signals:
    void loaded();

private:
    void plot();
    std::pair<qint64, qint64> period() const;
    void chooseSource(int index);

    QueryRunner *m_runner;
    analytics::MeterSet m_set;
    QString m_title;
    Span m_span = Span::Week;
    QDate m_anchor;
    quint64 m_generation = 0;
    analytics::ProfileSeries m_series;
    QComboBox *m_source;
    QComboBox *m_spanBox;
    QDateEdit *m_date;
    QCheckBox *m_channels[4];
    QLabel *m_totals;
    QLabel *m_hover;
    BusyBar *m_busy;
    QChart *m_chart;
    QChartView *m_chartView;
};

} // namespace ims::ui
