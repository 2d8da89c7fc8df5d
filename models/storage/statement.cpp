#include "models/storage/statement.h"

#include "models/storage/sql_util.h"
#include "models/storage/sqlite_native.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ims::storage {

namespace {

class QtStatement final : public Statement
{
public:
    explicit QtStatement(QSqlDatabase &db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }
    Status prepare(const QString &sql) { return Sql::prepare(m_query, sql); }

    void bind(int index, qint64 value) override { m_query.bindValue(index, value); }
    void bindNull(int index) override
    {
        m_query.bindValue(index, QVariant(QMetaType::fromType<qint64>()));
    }
    void bind(int index, const QByteArray &blob) override { m_query.bindValue(index, blob); }
    void bind(int index, const QString &text) override
    {
        // Null would bind as SQL NULL, unlike the native path: keep them alike.
        m_query.bindValue(index, text.isNull() ? QStringLiteral("") : text);
    }
    Status exec() override { return Sql::exec(m_query); }
    bool next() override { return m_query.next(); }
    void finish() override { m_query.finish(); }
    qint64 int64(int column) const override { return m_query.value(column).toLongLong(); }
    bool isNull(int column) const override { return m_query.isNull(column); }
    QByteArray blob(int column) const override { return m_query.value(column).toByteArray(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    qint64 changes() const override { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
};

} // namespace

StatementFactory::StatementFactory(QSqlDatabase db, bool allowNative)
    : m_db(std::move(db))
{
    if (allowNative)
        m_native = sqlite_native::handle(m_db);
}

StatementFactory::~StatementFactory() = default;

Result<std::unique_ptr<Statement>> StatementFactory::prepare(const QString &sql) const
{
    if (m_native)
        return sqlite_native::prepare(m_native, sql);
    auto statement = std::make_unique<QtStatement>(const_cast<QSqlDatabase &>(m_db));
    if (const Status s = statement->prepare(sql); !s)
        return s.error();
    return std::unique_ptr<Statement>(std::move(statement));
}

} // namespace ims::storage
