#pragma once
// "Commissioning…": the meters of the database by router with their
// subscriber, plot, ratios and balance groups; a commissioning CSV loaded,
// previewed line by line (will bind / unchanged / skipped / error, in
// words) and applied all at once. Reading the file and every database step
// run off the GUI thread through the QueryRunner; the file is read once, so
// what is applied is what was previewed (and is checked again on apply).
#include "models/fleet/commissioning_csv_import.h"
#include "models/fleet/commissioning_overview.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace ims::ui {

class BusyBar;
class QueryRunner;

class CommissioningDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CommissioningDialog(QueryRunner &runner, QWidget *parent = nullptr);
    ~CommissioningDialog() override;

    QTreeWidget *meterTree() const { return m_meters; }
    QTableWidget *previewTable() const { return m_preview; }
    QString statusText() const;
    bool canApply() const;

public slots:
    void reloadMeters();
    // Asks for a file (QFileDialog), then loadCsv().
    void chooseCsv();
    void loadCsv(const QString &path);
    void apply();

signals:
    void metersLoaded(int meters);
    void previewReady(bool canApply);
    void applied(int bound);
    void failed(const QString &message);

private:
    struct Preview;
    void preview();
    void showMeters(const QList<fleet::CommissionedMeter> &meters);
    void showPlan(const fleet::CommissioningPlan &plan, bool applied = false);
    void setStatus(const QString &text, bool error);
    void updateButtons();

    QueryRunner &m_runner;
    std::optional<fleet::CommissioningCsv> m_csv;
    std::optional<fleet::CommissioningPlan> m_plan;
    QString m_path;
    int m_generation = 0;
    bool m_working = false;

    QTreeWidget *m_meters;
    QPushButton *m_load;
    QLabel *m_file;
    QCheckBox *m_allowUnknown;
    QTableWidget *m_preview;
    QLabel *m_status;
    BusyBar *m_busy;
    QPushButton *m_apply;
};

} // namespace ims::ui
