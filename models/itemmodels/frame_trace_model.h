#pragma once
// The frame trace as a table for the commissioning engineer: time,
// direction, link, decoded summary and the bytes in hex, newest last. A
// bounded buffer (oldest rows drop out), an optional link filter, and a
// pause that holds new frames back (also bounded) until resumed.
#include "models/itemmodels/trace_line.h"

#include <QAbstractTableModel>

#include <deque>

namespace ims::itemmodels {

class FrameTraceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Direction, Link, Summary, Hex, ColumnCount };

    explicit FrameTraceModel(qsizetype capacity = 5000, QObject *parent = nullptr);

    qsizetype capacity() const { return m_capacity; }
    // Only frames of this link are kept; empty: every link.
    void setLinkFilter(const QString &link);
    QString linkFilter() const { return m_filter; }
    // Links seen so far, in order of appearance.
    QStringList links() const { return m_links; }

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qsizetype heldBack() const { return qsizetype(m_held.size()); }
    quint64 dropped() const { return m_dropped; }

    void append(const TraceLine &record);
    void clear();
    // The rows as formatTraceLine() lines, for the clipboard.
    QString text(const QList<int> &rows) const;
    const TraceLine &record(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void linkSeen(const QString &link);

private:
    void appendShown(const TraceLine &record);

    qsizetype m_capacity;
    std::deque<TraceLine> m_rows;
    std::deque<TraceLine> m_held;
    QString m_filter;
    QStringList m_links;
    bool m_paused = false;
    quint64 m_dropped = 0;
};

} // namespace ims::itemmodels
