#include "models/itemmodels/topology_model.h"

#include "models/analytics/meter_status.h"
#include "models/control/control_store.h"
#include "models/core/logging.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace ims::itemmodels {

struct TopologyModel::Node
{
    NodeKind kind = NodeKind::Site;
    qint64 id = 0;
    QString name;
    QString detail;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    int phase = 0;      // which child source is being read
    qint64 lastKey = 0; // keyset paging within the source
    bool complete = false;
    bool isRoot = false;
    quint32 status = 0;
    QString tariff; // meters: the "Tariff plan" cell
};

// One kind of child and the query that pages through it by id.
struct TopologyModel::Source
{
    NodeKind kind;
    QString sql; // binds: parent id (when used), last id, limit
    bool bindsParent = true;
};

TopologyModel::TopologyModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(std::move(db))
{
    reload();
}

TopologyModel::~TopologyModel() = default;

void TopologyModel::reload()
{
    m_inserting = true; // no fetchMore() from modelReset() handlers mid-reset
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->isRoot = true;
    m_loaded = 0;
    endResetModel();
    m_inserting = false;
}

TopologyModel::Node *TopologyModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QList<TopologyModel::Source> TopologyModel::sourcesOf(const Node &node) const
{
    const QString meters = QStringLiteral("SELECT id, serial, model, physical_address FROM meters"
                                          " WHERE %1 AND id > ? ORDER BY id LIMIT ?");
    if (node.isRoot)
        return {
            {NodeKind::Site,
             QStringLiteral("SELECT id, name, '', 0 FROM sites WHERE id > ? ORDER BY id LIMIT ?"),
             false}};
    switch (node.kind) {
    case NodeKind::Site:
        return {{NodeKind::Substation,
                 QStringLiteral("SELECT id, name, voltage, 0 FROM substations WHERE site_id = ?"
                                " AND id > ? ORDER BY id LIMIT ?")},
                {NodeKind::Router,
                 QStringLiteral("SELECT id, name, host, port FROM routers WHERE site_id = ? AND"
                                " substation_id IS NULL AND id > ? ORDER BY id LIMIT ?")},
                {NodeKind::Meter, meters.arg(QStringLiteral("site_id = ? AND router_id IS NULL"))}};
    case NodeKind::Substation:
        return {{NodeKind::Router,
                 QStringLiteral("SELECT id, name, host, port FROM routers WHERE substation_id = ?"
                                " AND id > ? ORDER BY id LIMIT ?")}};
    case NodeKind::Router:
        return {{NodeKind::Meter, meters.arg(QStringLiteral("router_id = ?"))}};
    case NodeKind::Meter:
        return {};
    }
    return {};
}

void TopologyModel::loadPage(Node &node, const QModelIndex &parentIndex)
{
    const QList<Source> sources = sourcesOf(node);
    std::vector<std::unique_ptr<Node>> fresh;
    while (!node.complete && int(fresh.size()) < m_pageSize) {
        if (node.phase >= sources.size()) {
            node.complete = true;
            break;
        }
        const Source &source = sources[node.phase];
        const int wanted = m_pageSize - int(fresh.size());
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(source.sql);
        if (source.bindsParent)
            q.addBindValue(node.id);
        q.addBindValue(node.lastKey);
        q.addBindValue(wanted);
        if (!q.exec()) {
            qCWarning(lcStorage) << "topology query failed:" << q.lastError().text();
            node.complete = true;
            break;
        }
        int got = 0;
        while (q.next()) {
            auto child = std::make_unique<Node>();
            child->kind = source.kind;
            child->id = q.value(0).toLongLong();
            child->name = q.value(1).toString();
            switch (source.kind) {
            case NodeKind::Meter:
                child->detail
                    = tr("%1, address %2").arg(q.value(2).toString()).arg(q.value(3).toInt());
                child->complete = true;
                break;
            case NodeKind::Router:
                child->detail = q.value(2).toString().isEmpty() ? QString()
                                                                : QStringLiteral("%1:%2")
                                                                      .arg(q.value(2).toString())
                                                                      .arg(q.value(3).toInt());
                break;
            default:
                child->detail = q.value(2).toString();
                break;
            }
            child->parent = &node;
            node.lastKey = child->id;
            fresh.push_back(std::move(child));
            ++got;
        }
        if (got < wanted) {
            ++node.phase;
            node.lastKey = 0;
        }
    }
    if (fresh.empty())
        return;
    std::vector<Node *> meters;
    for (const auto &child : fresh)
        if (child->kind == NodeKind::Meter)
            meters.push_back(child.get());
    loadStatuses(meters);
    const int first = int(node.children.size());
    m_inserting = true;
    beginInsertRows(parentIndex, first, first + int(fresh.size()) - 1);
    for (auto &child : fresh) {
        child->row = int(node.children.size());
        node.children.push_back(std::move(child));
    }
    m_loaded += qsizetype(fresh.size());
    endInsertRows();
    m_inserting = false;
}

qint64 TopologyModel::nowMs() const
{
    return m_nowMs != 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
}

void TopologyModel::loadStatuses(std::span<Node *const> meters)
{
    constexpr size_t kChunk = 500;
    for (size_t at = 0; at < meters.size(); at += kChunk) {
        const auto chunk = meters.subspan(at, std::min(kChunk, meters.size() - at));
        QList<qint64> ids;
        for (const Node *node : chunk)
            ids.append(node->id);
        auto statuses = analytics::MeterStatusQuery(m_db).forMeters(ids, nowMs());
        if (!statuses) {
            qCWarning(lcStorage) << "meter status query failed:" << statuses.error().message;
            return;
        }
        for (Node *node : chunk)
            node->status = statuses->value(node->id);
        auto tariffs = control::ControlStore(m_db).statusesOf(ids, nowMs());
        if (!tariffs) {
            qCWarning(lcStorage) << "tariff status query failed:" << tariffs.error().message;
            return;
        }
        QHash<qint64, QString> cells;
        for (const control::MeterTariffStatus &t : *tariffs)
            cells.insert(t.meterId, control::ControlStore::columnText(t));
        for (Node *node : chunk)
            node->tariff = cells.value(node->id);
    }
}

void TopologyModel::refreshStatuses()
{
    // Depth-first over what is loaded; meters are leaves.
    std::vector<Node *> meters;
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        for (const auto &child : node->children) {
            if (child->kind == NodeKind::Meter)
                meters.push_back(child.get());
            else
                stack.push_back(child.get());
        }
    }
    std::vector<std::pair<quint32, QString>> before;
    before.reserve(meters.size());
    for (const Node *meter : meters)
        before.emplace_back(meter->status, meter->tariff);
    loadStatuses(meters);
    // One signal per parent over the rows that changed: a signal per meter
    // makes each view look the row up again, and after a poll round
    // thousands of meters are loaded.
    QHash<Node *, std::pair<int, int>> changed;
    for (size_t i = 0; i < meters.size(); ++i) {
        if (meters[i]->status == before[i].first && meters[i]->tariff == before[i].second)
            continue;
        auto it = changed.find(meters[i]->parent);
        if (it == changed.end())
            changed.insert(meters[i]->parent, {meters[i]->row, meters[i]->row});
        else
            *it = {std::min(it->first, meters[i]->row), std::max(it->second, meters[i]->row)};
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        Node *parentNode = it.key();
        const Node *first = parentNode->children[size_t(it->first)].get();
        const Node *last = parentNode->children[size_t(it->second)].get();
        emit dataChanged(createIndex(first->row, 0, first),
                         createIndex(last->row, TariffColumn, last),
                         {StatusRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::DisplayRole});
    }
}

QModelIndex TopologyModel::findMeter(qint64 meterId) const
{
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *node = stack.back();
        stack.pop_back();
        for (const auto &child : node->children) {
            if (child->kind == NodeKind::Meter && child->id == meterId)
                return createIndex(child->row, 0, child.get());
            if (child->kind != NodeKind::Meter)
                stack.push_back(child.get());
        }
    }
    return {};
}

QModelIndex TopologyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex TopologyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeOf(child);
    Node *parentNode = node->parent;
    if (!parentNode || parentNode->isRoot)
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int TopologyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TopologyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopologyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case DetailColumn:
            return node->detail;
        case TariffColumn:
            return node->kind == NodeKind::Meter ? node->tariff : QString();
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = node->detail.isEmpty() ? node->name
                                             : node->name + QStringLiteral(" — ") + node->detail;
        if (node->kind == NodeKind::Meter)
            tip += QLatin1Char('\n') + analytics::MeterStatusQuery::describe(node->status);
        return tip;
    }
    case StatusRole:
        return node->kind == NodeKind::Meter ? QVariant(node->status) : QVariant();
    case KindRole:
        return QVariant::fromValue(node->kind);
    case IdRole:
        return node->id;
    default:
        return {};
    }
}

QVariant TopologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Details");
    case TariffColumn:
        return tr("Tariff plan");
    }
    return {};
}

bool TopologyModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    if (!node->isRoot && node->kind == NodeKind::Meter)
        return false;
    return !node->children.empty() || !node->complete;
}

bool TopologyModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    return !nodeOf(parent)->complete;
}

void TopologyModel::fetchMore(const QModelIndex &parent)
{
    if (parent.column() > 0)
        return;
    Node *node = nodeOf(parent);
    if (!node->complete && !m_inserting)
        loadPage(*node, parent);
}

QHash<int, QByteArray> TopologyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "nodeId");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace ims::itemmodels
