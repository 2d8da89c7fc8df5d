#include "ui/commissioning/commissioning_dialog.h"

#include "models/fleet/commissioning_overview.h"
#include "ui/core/busy_bar.h"
#include "ui/core/query_runner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ims::ui {

using fleet::CommissioningPlan;
using fleet::RowAction;

// The file as read and what it would do, made together off the GUI thread.
struct CommissioningDialog::Preview
{
    fleet::CommissioningCsv csv;
    CommissioningPlan plan;
};

namespace {

enum PreviewColumn { LineColumn, SerialColumn, ResultColumn, DetailsColumn, PreviewColumns };

QString actionText(RowAction action, bool applied)
{
    switch (action) {
    case RowAction::Bind:
        return applied ? CommissioningDialog::tr("bound") : CommissioningDialog::tr("will bind");
    case RowAction::Unchanged:
        return CommissioningDialog::tr("unchanged");
    case RowAction::Skip:
        return CommissioningDialog::tr("skipped");
    case RowAction::Refuse:
        return CommissioningDialog::tr("error");
    }
    return QString();
}

QString ratioText(const domain::Ratio &r)
{
    return fleet::CommissioningCsvParser::ratioText(r);
}

} // namespace

CommissioningDialog::CommissioningDialog(QueryRunner &runner, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_meters(new QTreeWidget(this))
    , m_load(new QPushButton(tr("&Load CSV…"), this))
    , m_file(new QLabel(this))
    , m_allowUnknown(new QCheckBox(tr("Skip meters the database does not have"), this))
    , m_preview(new QTableWidget(0, PreviewColumns, this))
    , m_status(new QLabel(this))
    , m_busy(new BusyBar(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
{
    setObjectName(QStringLiteral("commissioningDialog"));
    setWindowTitle(tr("Commissioning"));
    resize(900, 640);

    m_meters->setObjectName(QStringLiteral("commissioningMeters"));
    m_meters->setHeaderLabels({tr("Router / serial"), tr("Model"), tr("Subscriber"), tr("Plot"),
                               tr("CT"), tr("VT"), tr("Balance groups")});
    m_meters->setRootIsDecorated(true);
    m_meters->setUniformRowHeights(true);
    m_load->setObjectName(QStringLiteral("commissioningLoad"));
    m_file->setObjectName(QStringLiteral("commissioningFile"));
    m_file->setText(tr("No file loaded. Columns: %1")
                        .arg(fleet::CommissioningCsvParser::knownColumns().join(u';')));
    m_allowUnknown->setObjectName(QStringLiteral("commissioningAllowUnknown"));
    m_preview->setObjectName(QStringLiteral("commissioningPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Serial"), tr("Result"), tr("Details")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status->setObjectName(QStringLiteral("commissioningStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setObjectName(QStringLiteral("commissioningApply"));
    m_apply->setEnabled(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_load);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_allowUnknown);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(fileRow);
    lowerLayout->addWidget(m_preview, 1);
    lowerLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_meters);
    splitter->addWidget(lower);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_load, &QPushButton::clicked, this, &CommissioningDialog::chooseCsv);
    connect(m_apply, &QPushButton::clicked, this, &CommissioningDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allowUnknown, &QCheckBox::toggled, this, [this] {
        if (m_csv)
            preview();
    });
    reloadMeters();
}

CommissioningDialog::~CommissioningDialog() = default;

QString CommissioningDialog::statusText() const
{
    return m_status->text();
}

bool CommissioningDialog::canApply() const
{
    return m_apply->isEnabled();
}

void CommissioningDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b02020") : QString());
}

void CommissioningDialog::updateButtons()
{
    m_load->setEnabled(!m_working);
    m_allowUnknown->setEnabled(!m_working);
    m_apply->setEnabled(!m_working && m_plan && m_plan->canApply()
                        && m_plan->count(RowAction::Bind) > 0);
}

void CommissioningDialog::reloadMeters()
{
    m_busy->start(tr("Loading the meters…"));
    m_runner.run<QList<fleet::CommissionedMeter>>(
        this, [](QSqlDatabase &db) { return fleet::CommissioningOverview::load(db); },
        [this](Result<QList<fleet::CommissionedMeter>> meters) {
            if (!meters) {
                m_busy->fail(meters.error().message);
                emit failed(meters.error().message);
                return;
            }
            if (!m_working)
                m_busy->stop();
            showMeters(*meters);
            emit metersLoaded(int(meters->size()));
        });
}

void CommissioningDialog::showMeters(const QList<fleet::CommissionedMeter> &meters)
{
    m_meters->clear();
    QTreeWidgetItem *router = nullptr;
    qint64 routerId = -1;
    for (const fleet::CommissionedMeter &m : meters) {
        if (!router || m.routerId != routerId) {
            routerId = m.routerId;
            router = new QTreeWidgetItem(m_meters);
            router->setText(0, m.routerId == 0 ? tr("Without a router") : m.routerName);
            router->setFirstColumnSpanned(true);
            router->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(router);
        item->setText(0, m.serial);
        item->setText(1, m.model);
        item->setText(2, m.account.isEmpty() ? QString()
                         : m.subscriberName.isEmpty()
                             ? m.account
                             : tr("%1 (%2)").arg(m.subscriberName, m.account));
        item->setText(3, m.plot);
        item->setText(4, ratioText(m.ct));
        item->setText(5, ratioText(m.vt));
        item->setText(6, m.groups.join(QStringLiteral(", ")));
        item->setData(0, Qt::UserRole, m.meterId);
    }
    for (int c = 0; c < m_meters->columnCount(); ++c)
        m_meters->resizeColumnToContents(c);
}

void CommissioningDialog::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Commissioning file"), m_path,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

void CommissioningDialog::loadCsv(const QString &path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_csv.reset();
    preview();
}

void CommissioningDialog::preview()
{
    const int generation = ++m_generation;
    m_plan.reset();
    m_working = true;
    updateButtons();
    m_busy->start(tr("Checking the file…"));
    fleet::CommissioningCsvOptions options;
    options.allowUnknown = m_allowUnknown->isChecked();
    // The file is read once; toggling an option checks the same content again.
    const std::optional<fleet::CommissioningCsv> known = m_csv;
    const QString path = m_path;
    m_runner.run<Preview>(
        this,
        [known, path, options](QSqlDatabase &db) -> Result<Preview> {
            Preview p;
            p.csv = known ? *known : fleet::CommissioningCsvParser::parseFile(path);
            Result<CommissioningPlan> plan
                = fleet::CommissioningCsvImport(db).preview(p.csv, options);
            if (!plan)
                return plan.error();
            p.plan = std::move(*plan);
            return p;
        },
        [this, generation](Result<Preview> result) {
            if (generation != m_generation)
                return;
            m_working = false;
            if (!result) {
                m_busy->fail(result.error().message);
                setStatus(result.error().message, true);
                updateButtons();
                emit failed(result.error().message);
                return;
            }
            m_busy->stop();
            m_csv = std::move(result->csv);
            m_plan = std::move(result->plan);
            showPlan(*m_plan);
            updateButtons();
            emit previewReady(m_plan->canApply());
        });
}

void CommissioningDialog::showPlan(const CommissioningPlan &plan, bool applied)
{
    m_preview->setRowCount(0);
    m_preview->setRowCount(int(plan.rows.size()));
    const QColor errorColor(0xb0, 0x20, 0x20);
    const QColor skipColor(0x80, 0x80, 0x80);
    for (int r = 0; r < plan.rows.size(); ++r) {
        const fleet::RowPlan &row = plan.rows.at(r);
        const QString details
            = row.action == RowAction::Bind ? row.changes.join(QStringLiteral("; ")) : row.message;
        const QStringList cells{QString::number(row.line), row.serial,
                                actionText(row.action, applied), details};
        for (int c = 0; c < PreviewColumns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (row.action == RowAction::Refuse)
                item->setForeground(errorColor);
            else if (row.action == RowAction::Skip)
                item->setForeground(skipColor);
            item->setData(Qt::UserRole, int(row.action));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    if (applied)
        return;
    if (!plan.canApply()) {
        setStatus(tr("The file cannot be applied: %1. Nothing will be changed until every line"
                     " is right.")
                      .arg(fleet::CommissioningCsvImport::summarize(plan.errors)),
                  true);
        return;
    }
    QString text = tr("%1 meter(s) will be bound, %2 unchanged, %3 skipped; %4 subscriber(s) and"
                      " %5 balance group(s) will be created.")
                       .arg(plan.count(RowAction::Bind))
                       .arg(plan.count(RowAction::Unchanged))
                       .arg(plan.count(RowAction::Skip))
                       .arg(plan.newSubscribers.size())
                       .arg(plan.newGroups.size());
    if (plan.count(RowAction::Bind) == 0)
        text += QLatin1Char(' ') + tr("The database already says what the file says.");
    setStatus(text, false);
}

void CommissioningDialog::apply()
{
    if (!m_csv || !m_plan || !m_plan->canApply() || m_working)
        return;
    const int generation = ++m_generation;
    m_working = true;
    updateButtons();
    m_busy->start(tr("Binding the meters…"));
    fleet::CommissioningCsvOptions options;
    options.allowUnknown = m_allowUnknown->isChecked();
    const fleet::CommissioningCsv csv = *m_csv;
    m_runner.run<CommissioningPlan>(
        this,
        [csv, options](QSqlDatabase &db) {
            return fleet::CommissioningCsvImport(db).apply(csv, options);
        },
        [this, generation](Result<CommissioningPlan> done) {
            if (generation != m_generation)
                return;
            m_working = false;
            if (!done) {
                m_busy->fail(tr("Nothing was changed."));
                setStatus(done.error().message, true);
                updateButtons();
                emit failed(done.error().message);
                return;
            }
            m_busy->stop();
            const int bound = done->count(RowAction::Bind);
            // Applied: a second press would find nothing to do.
            m_plan.reset();
            m_csv.reset();
            updateButtons();
            showPlan(*done, true);
            setStatus(tr("%1 meter(s) bound; %2 subscriber(s) and %3 balance group(s) created.")
                          .arg(bound)
                          .arg(done->newSubscribers.size())
                          .arg(done->newGroups.size()),
                      false);
            reloadMeters();
            emit applied(bound);
        });
}

} // namespace ims::ui
