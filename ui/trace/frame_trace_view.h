#pragma once
// The live frame trace for commissioning engineers: time, direction, link,
// decoded summary and hex of every frame on a chosen link; a bounded
// buffer, pause, copy and clear.
#include "models/itemmodels/trace_line.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace ims::itemmodels {
class FrameTraceModel;
}

namespace ims::ui {

class FrameTraceView : public QWidget
{
    Q_OBJECT
public:
    explicit FrameTraceView(QWidget *parent = nullptr);

    itemmodels::FrameTraceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Copies the selected rows (or all) to the clipboard; returns the text.
    QString copySelection();

public slots:
    // Wire the engine's trace with a lambda that copies each
    // link::TraceRecord into a TraceLine (see app/gui/trace_bridge.h).
    void append(const ims::itemmodels::TraceLine &line);

private:
    void updateStatus();

    itemmodels::FrameTraceModel *m_model;
    QTableView *m_view;
    QComboBox *m_link;
    QCheckBox *m_pause;
    QLabel *m_status;
};

} // namespace ims::ui
