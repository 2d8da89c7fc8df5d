#pragma once
// One router's meters in the polling panel, compactly. A round over a
// million meters keeps a row for every meter the engine reported (the
// failing ones with their error, the running ones with their step), so a
// row is a few dozen bytes: the serial lives in one text per router and each
// distinct message once per router (a router that cannot be reached fails
// its thousands of meters with the same words).
#include "protocol/engine/poll_progress.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace ims::itemmodels {

class PollMeterRows
{
public:
    struct Row
    {
        qint64 meterId = 0;
        quint32 bytesSent = 0; // of one visit: saturates at 4 GiB
        quint32 bytesReceived = 0;
        quint32 serialAt = 0; // in the router's serial text
        quint32 message = 0;  // index of the message; 0: none
        qint32 intervalsRead = 0;
        quint16 serialLength = 0;
        quint16 attempt = 0;
        engine::MeterPollState state = engine::MeterPollState::Queued;
        engine::PollStep step = engine::PollStep::Waiting;
        quint8 error = 0; // ims::ErrorKind
    };

    PollMeterRows();

    int size() const { return int(m_rows.size()); }
    // Room for `rows` meters whose serials are about `serialLength` long (a
    // router reports how many meters its round has): no growth slack.
    void reserve(int rows, int serialLength);
    const Row &at(int row) const { return m_rows[size_t(row)]; }
    // The row of `meter` (by id, or by serial when it has none), -1 if none.
    int find(const engine::MeterRef &meter) const;
    // Appends a row for a meter that has none; returns its row.
    int append(const engine::MeterProgress &progress);
    // The meter's latest report replaces what the row held.
    void assign(int row, const engine::MeterProgress &progress);

    QString serial(int row) const;
    QString message(int row) const;
    ErrorKind error(int row) const { return ErrorKind(m_rows[size_t(row)].error); }

private:
    void store(Row &row, const engine::MeterProgress &progress);
    quint32 intern(const QString &message);

    std::vector<Row> m_rows;
    QString m_serials;      // every meter's serial, one after the other
    QStringList m_messages; // [0] is the empty message
    QHash<QString, quint32> m_messageIndex;
    QHash<qint64, int> m_byId;
    QHash<QString, int> m_bySerial; // meters reported without an id
};

} // namespace ims::itemmodels
