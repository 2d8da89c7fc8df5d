#pragma once
// The workstation's main window: docks for topology and progress, views in tabs.
#include <QMainWindow>

namespace ims::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // Stores the UI language ("ru", "en", or empty for the system's).
    void chooseLanguage(const QString &code);
    void restoreLayout();
};

} // namespace ims::ui
