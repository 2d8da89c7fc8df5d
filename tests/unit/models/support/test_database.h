#pragma once
// A fresh, migrated database in a temporary directory, and a small
// installation with known meters, for the models tests.
#include "models/storage/database.h"
#include "protocol/engine/readings.h"

#include <QTemporaryDir>

#include <memory>

namespace ims::test {

class TestDatabase
{
public:
    TestDatabase();
    bool ok() const { return m_ok; }
    QString path() const { return m_path; }
    storage::Database &database() { return *m_database; }
    QSqlDatabase connection(const QString &role = QStringLiteral("main"));
    // Closes every connection (before another program touches the file).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Database> m_database;
    bool m_ok = false;
};

struct SmallInstallation
{
    qint64 siteId = 0;
    qint64 routerId = 0;
    qint64 headId = 0;    // serial "HEAD0001", CT 100/5, VT 10000/100
    qint64 memberAId = 0; // "MEMBER01", direct
    qint64 memberBId = 0; // "MEMBER02", direct
    qint64 groupId = 0;   // head vs both members, A+
};

SmallInstallation createSmallInstallation(QSqlDatabase db);

engine::IntervalReading interval(const QString &serial, int channel, qint64 end, qint64 raw,
                                 int scaler = 0, quint32 status = 0);

qint64 countRows(QSqlDatabase db, const QString &sql);

} // namespace ims::test
