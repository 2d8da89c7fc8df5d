#include "ui/load_profile/load_profile_view.h"

#include "models/analytics/balance_members.h"
#include "models/analytics/workstation_queries.h"
#include "models/itemmodels/display_format.h"
#include "ui/core/busy_bar.h"
#include "ui/core/query_runner.h"
#include "ui/load_profile/profile_export.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSet>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ims::ui {

using namespace ims::analytics;
using itemmodels::DisplayFormat;

namespace {

constexpr qint64 kDay = 86400;

const QColor kChannelColors[4] = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                                  QColor(0xef, 0x6c, 0x00), QColor(0x8e, 0x24, 0xaa)};

QString channelName(int c)
{
    static const char *const names[] = {"A+", "A-", "R+", "R-"};
    return QString::fromLatin1(names[c]);
}

struct Source
{
    MeterSet set;
    QString title;
};

} // namespace

LoadProfileView::LoadProfileView(QueryRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_source(new QComboBox(this))
    , m_spanBox(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_totals(new QLabel(this))
    , m_hover(new QLabel(this))
    , m_busy(new BusyBar(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    setObjectName(QStringLiteral("loadProfileView"));
    m_source->setObjectName(QStringLiteral("profileSource"));
    m_spanBox->setObjectName(QStringLiteral("profileSpan"));
    m_totals->setObjectName(QStringLiteral("profileTotals"));
    m_hover->setObjectName(QStringLiteral("profileHover"));
    m_chartView->setObjectName(QStringLiteral("profileChart"));
    m_source->setMinimumContentsLength(24);
    m_spanBox->addItem(tr("Day (30 min)"), int(Span::Day));
    m_spanBox->addItem(tr("Week (hourly)"), int(Span::Week));
    m_spanBox->addItem(tr("Month (6 hours)"), int(Span::Month));
    m_spanBox->addItem(tr("Year (daily)"), int(Span::Year));
    m_spanBox->setCurrentIndex(int(m_span));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_source, 2);
    bar->addWidget(m_spanBox);
    auto *previous = new QPushButton(QStringLiteral("◀"), this);
    auto *next = new QPushButton(QStringLiteral("▶"), this);
    previous->setToolTip(tr("Earlier"));
    next->setToolTip(tr("Later"));
    bar->addWidget(previous);
    bar->addWidget(m_date);
    bar->addWidget(next);
    for (int c = 0; c < 4; ++c) {
        m_channels[c] = new QCheckBox(channelName(c), this);
        m_channels[c]->setChecked(c == 0 || c == 2);
        m_channels[c]->setObjectName(QStringLiteral("channel%1").arg(c + 1));
        bar->addWidget(m_channels[c]);
        connect(m_channels[c], &QCheckBox::toggled, this, &LoadProfileView::plot);
    }
    auto *png = new QPushButton(tr("PNG…"), this);
    auto *csv = new QPushButton(tr("CSV…"), this);
    png->setToolTip(tr("Save the chart as an image"));
    csv->setToolTip(tr("Save the values as CSV (exact decimals)"));
    bar->addWidget(png);
    bar->addWidget(csv);

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_busy);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_hover);
    layout->addWidget(m_totals);

    connect(m_spanBox, &QComboBox::activated, this,
            [this](int index) { setSpan(Span(m_spanBox->itemData(index).toInt())); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (d != m_anchor) {
            m_anchor = d;
            reload();
        }
    });
    auto shift = [this](int direction) {
        QDate d = m_anchor;
        switch (m_span) {
        case Span::Day:
            d = d.addDays(direction);
            break;
        case Span::Week:
            d = d.addDays(7 * direction);
            break;
        case Span::Month:
            d = d.addMonths(direction);
            break;
        case Span::Year:
            d = d.addYears(direction);
            break;
        }
        setAnchor(d);
    };
    connect(previous, &QPushButton::clicked, this, [shift] { shift(-1); });
    connect(next, &QPushButton::clicked, this, [shift] { shift(1); });
    connect(m_source, &QComboBox::activated, this, &LoadProfileView::chooseSource);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), QString(),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save values"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
}

qint64 LoadProfileView::bucketSeconds(Span span)
{
    switch (span) {
    case Span::Day:
        return 1800;
    case Span::Week:
        return 3600;
    case Span::Month:
        return 6 * 3600;
    case Span::Year:
        return kDay;
    }
    return 1800;
}

std::pair<qint64, qint64> LoadProfileView::period() const
{
    // Local calendar periods ending with the anchor's day/week/month/year.
    QDate first = m_anchor, last = m_anchor;
    switch (m_span) {
    case Span::Day:
        break;
    case Span::Week:
        first = m_anchor.addDays(-(m_anchor.dayOfWeek() - 1));
        last = first.addDays(6);
        break;
    case Span::Month:
        first = QDate(m_anchor.year(), m_anchor.month(), 1);
        last = first.addMonths(1).addDays(-1);
        break;
    case Span::Year:
        first = QDate(m_anchor.year(), 1, 1);
        last = QDate(m_anchor.year(), 12, 31);
        break;
    }
    if (m_span == Span::Year) // daily sums are per calendar day, in civil seconds
        return {QDateTime(first, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch(),
                QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch()};
    return {QDateTime(first, QTime(0, 0)).toSecsSinceEpoch(),
            QDateTime(last.addDays(1), QTime(0, 0)).toSecsSinceEpoch()};
}

void LoadProfileView::setSpan(Span span)
{
    m_span = span;
    m_spanBox->setCurrentIndex(m_spanBox->findData(int(span)));
    reload();
}

void LoadProfileView::setAnchor(QDate date)
{
    m_anchor = date;
    const QSignalBlocker block(m_date);
    m_date->setDate(date);
    reload();
}

void LoadProfileView::showMeter(qint64 meterId, const QString &serial)
{
    showSet({MeterSet::Kind::Meter, meterId}, tr("Meter %1").arg(serial));
}

void LoadProfileView::showSet(const MeterSet &set, const QString &title)
{
    m_set = set;
    m_title = title;
    int at = -1;
    for (int i = 0; i < m_source->count(); ++i)
        if (m_source->itemText(i) == title)
            at = i;
    if (at < 0) {
        // One single-meter entry at a time: the list does not grow with every card opened.
        if (set.kind == MeterSet::Kind::Meter) {
            const int previous = m_source->findData(int(MeterSet::Kind::Meter));
            if (previous >= 0)
                m_source->removeItem(previous);
        }
        m_source->insertItem(0, title, int(set.kind));
        m_source->setItemData(0, set.id, Qt::UserRole + 1);
        at = 0;
    }
    m_source->setCurrentIndex(at);
    m_busy->start(tr("Finding the newest data…"));
    const quint64 generation = ++m_generation;
    m_runner->run<std::optional<qint64>>(
        this, [set](QSqlDatabase &db) { return WorkstationQueries(db).newestDay(set); },
        [this, generation](Result<std::optional<qint64>> day) {
            if (generation != m_generation)
                return;
            QDate anchor = QDate::currentDate();
            if (day && *day)
                anchor = QDate(1970, 1, 1).addDays(**day);
            setAnchor(anchor);
        });
}

void LoadProfileView::chooseSource(int index)
{
    const auto kind = MeterSet::Kind(m_source->itemData(index).toInt());
    const qint64 id = m_source->itemData(index, Qt::UserRole + 1).toLongLong();
    showSet({kind, id}, m_source->itemText(index));
}

void LoadProfileView::reloadSources()
{
    m_runner->run<QList<Source>>(
        this,
        [](QSqlDatabase &db) -> Result<QList<Source>> {
            QList<Source> out;
            auto groups = BalanceMembersQuery(db).groups();
            if (!groups)
                return groups.error();
            for (const BalanceGroupInfo &g : *groups) {
                out.append({{MeterSet::Kind::GroupMembers, g.id},
                            tr("Group %1: members (%n meter(s))", nullptr, g.members).arg(g.name)});
                out.append({{MeterSet::Kind::GroupHead, g.id}, tr("Group %1: head").arg(g.name)});
            }
            auto routers = WorkstationQueries(db).routers(1000);
            if (!routers)
                return routers.error();
            for (const RouterSummary &r : *routers)
                out.append(
                    {{MeterSet::Kind::Router, r.id}, tr("Router %1: all meters").arg(r.name)});
            return out;
        },
        [this](Result<QList<Source>> sources) {
            if (!sources)
                return;
            const QString current = m_source->currentText();
            // Hundreds of groups and routers: one look-up set and one
            // insertion, not a findText() and a row insertion per source.
            QSet<QString> present;
            for (int i = 0; i < m_source->count(); ++i)
                present.insert(m_source->itemText(i));
            QStringList titles;
            QList<const Source *> fresh;
            for (const Source &s : *sources) {
                if (present.contains(s.title))
                    continue;
                present.insert(s.title);
                titles.append(s.title);
                fresh.append(&s);
            }
            const int first = m_source->count();
            m_source->addItems(titles);
            for (qsizetype i = 0; i < fresh.size(); ++i) {
                m_source->setItemData(first + int(i), int(fresh[i]->set.kind));
                m_source->setItemData(first + int(i), fresh[i]->set.id, Qt::UserRole + 1);
            }
            m_source->setCurrentIndex(std::max(0, m_source->findText(current)));
        });
}

void LoadProfileView::reload()
{
    if (m_set.id == 0)
        return;
    const auto [from, to] = period();
    const qint64 bucket = bucketSeconds(m_span);
    const MeterSet set = m_set;
    m_busy->start(tr("Loading the load profile…"));
    const quint64 generation = ++m_generation;
    m_runner->run<ProfileSeries>(
        this,
        [set, from, to, bucket](QSqlDatabase &db) {
            return ProfileSeriesQuery(db).load(set, from, to, bucket);
        },
        [this, generation](Result<ProfileSeries> series) {
            if (generation != m_generation)
                return;
            if (!series) {
                m_busy->fail(series.error().message);
                return;
            }
            m_busy->stop();
            m_series = std::move(*series);
            plot();
            emit loaded();
        });
}

void LoadProfileView::plot()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_chart->setTitle(m_title);
    auto *x = new QDateTimeAxis;
    x->setFormat(m_span == Span::Day    ? QStringLiteral("HH:mm")
                 : m_span == Span::Year ? QStringLiteral("MMM")
                                        : QStringLiteral("dd.MM"));
    x->setRange(QDateTime::fromSecsSinceEpoch(m_series.from),
                QDateTime::fromSecsSinceEpoch(m_series.to));
    x->setTickCount(m_span == Span::Day ? 9 : 8);
    auto *y = new QValueAxis;
    switch (m_span) {
    case Span::Day:
        y->setTitleText(tr("kWh, kvarh per 30 min"));
        break;
    case Span::Week:
        y->setTitleText(tr("kWh, kvarh per hour"));
        break;
    case Span::Month:
        y->setTitleText(tr("kWh, kvarh per 6 hours"));
        break;
    case Span::Year:
        y->setTitleText(tr("kWh, kvarh per day"));
        break;
    }
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    double maxValue = 0;
    std::array<qint64, 4> totals{};
    std::array<bool, 4> any{};
    for (int c = 0; c < 4; ++c) {
        for (const SeriesBucket &b : m_series.buckets)
            if (b.sumMwh[size_t(c)]) {
                totals[size_t(c)] += *b.sumMwh[size_t(c)];
                any[size_t(c)] = true;
            }
        if (!m_channels[c]->isChecked())
            continue;
        // One line per run of consecutive buckets: a missing bucket is a gap.
        QLineSeries *line = nullptr;
        qint64 expectedStart = 0;
        auto flush = [&] {
            if (!line)
                return;
            m_chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            connect(line, &QLineSeries::hovered, this, [this](const QPointF &p, bool state) {
                if (!state)
                    return;
                const QString text = hoverText(p.x());
                m_hover->setText(text);
                QToolTip::showText(QCursor::pos(), text, m_chartView);
            });
            line = nullptr;
        };
        for (const SeriesBucket &b : m_series.buckets) {
            const auto &value = b.sumMwh[size_t(c)];
            if (!value || b.start != expectedStart)
                flush();
            expectedStart = b.end;
            if (!value)
                continue;
            if (!line) {
                line = new QLineSeries;
                line->setName(channelName(c));
                QPen pen(kChannelColors[c], 2);
                line->setPen(pen);
                line->setPointsVisible(m_series.buckets.size() < 60);
            }
            // Float only for drawing: the stored value stays an integer.
            const double kwh = double(*value) / 1e6;
            maxValue = std::max(maxValue, kwh);
            const double mid = double(b.start + b.end) / 2.0 * 1000.0;
            line->append(mid, kwh);
        }
        flush();
        // Only the first segment of a channel appears in the legend.
        bool shown = false;
        for (QAbstractSeries *s : m_chart->series()) {
            if (s->name() != channelName(c))
                continue;
            for (QLegendMarker *marker : m_chart->legend()->markers(s)) {
                marker->setVisible(!shown);
            }
            shown = true;
        }
    }
    y->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1.0);
    y->applyNiceNumbers();
    QStringList parts;
    for (int c = 0; c < 4; ++c)
        if (any[size_t(c)])
            parts << tr("%1: %2 %3")
                         .arg(channelName(c), DisplayFormat::kwh(totals[size_t(c)]),
                              c < 2 ? tr("kWh") : tr("kvarh"));
    const qsizetype slotCount = (m_series.to - m_series.from) / m_series.bucketSeconds;
    m_totals->setText(
        m_series.buckets.isEmpty()
            ? tr("No data in this period.")
            : tr("Totals for the period — %1. Buckets with data: %2 of %3 (%n meter(s)).", nullptr,
                 m_series.meters)
                  .arg(parts.join(QStringLiteral("; ")),
                       QLocale().toString(m_series.buckets.size()), QLocale().toString(slotCount)));
}

QString LoadProfileView::hoverText(double msecsSinceEpoch) const
{
    const qint64 t = qint64(msecsSinceEpoch / 1000.0);
    for (const SeriesBucket &b : m_series.buckets) {
        if (t < b.start || t >= b.end)
            continue;
        QStringList values;
        qint64 intervals = 0;
        for (int c = 0; c < 4; ++c) {
            intervals = std::max(intervals, b.intervals[size_t(c)]);
            if (b.sumMwh[size_t(c)])
                values << tr("%1 = %2").arg(channelName(c),
                                            DisplayFormat::kwh(*b.sumMwh[size_t(c)]));
        }
        QString text = tr("%1 – %2: %3")
                           .arg(DisplayFormat::dateTime(b.start), DisplayFormat::dateTime(b.end),
                                values.join(QStringLiteral(", ")));
        if (intervals < m_series.expectedPerBucket)
            text += QLatin1Char(' ')
                    + tr("(incomplete: %1 of %2 intervals)")
                          .arg(intervals)
                          .arg(m_series.expectedPerBucket);
        return text;
    }
    return tr("no data");
}

bool LoadProfileView::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(profileCsv(m_series)) >= 0;
}

bool LoadProfileView::exportPng(const QString &path) const
{
    return m_chartView->grab().save(path, "PNG");
}

} // namespace ims::ui
