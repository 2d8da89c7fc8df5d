#pragma once
// The installation as a tree: site -> substation -> router -> meter (plus
// routers directly on a site and meters without a router). Children load
// page by page through canFetchMore()/fetchMore(), so a network of a
// million meters opens without reading them all.
#include <QAbstractItemModel>
#include <QSqlDatabase>

#include <memory>
#include <span>
#include <vector>

namespace ims::itemmodels {

class TopologyModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Site, Substation, Router, Meter };
    Q_ENUM(NodeKind)
    // Meters: "Tariff plan" is the plan the database says the meter runs
    // and whether it is in sync (control::ControlStore::columnText).
    enum Column { NameColumn, DetailColumn, TariffColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        StatusRole, // meters: analytics::MeterStatusFlag bits
    };

    explicit TopologyModel(QSqlDatabase db, QObject *parent = nullptr);
    ~TopologyModel() override;

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    void reload();
    // Rows loaded so far, all levels (for memory-conscious callers and tests).
    qsizetype loadedNodes() const { return m_loaded; }
    // Statuses are judged against this time (epoch ms); 0 = the current time.
    void setReferenceTime(qint64 nowMs) { m_nowMs = nowMs; }
    // Re-reads the status and tariff plan cell of every loaded meter (after a
    // poll round or a tariff write).
    void refreshStatuses();
    // The index of a loaded meter, or invalid when it has not been loaded.
    QModelIndex findMeter(qint64 meterId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    struct Source;
    Node *nodeOf(const QModelIndex &index) const;
    QList<Source> sourcesOf(const Node &node) const;
    void loadPage(Node &node, const QModelIndex &parentIndex);
    void loadStatuses(std::span<Node *const> meters);
    qint64 nowMs() const;

    QSqlDatabase m_db;
    std::unique_ptr<Node> m_root;
    int m_pageSize = 500;
    qsizetype m_loaded = 0;
    qint64 m_nowMs = 0;
    bool m_inserting = false; // fetchMore() from a rowsInserted() handler is ignored
};

} // namespace ims::itemmodels
