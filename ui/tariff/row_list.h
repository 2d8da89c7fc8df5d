#pragma once
// A list of editable rows, each ending with a "remove" button, and an
// "add" button below: the shape of every table of the tariff plan editor.
// Subclasses put their fields into each row and keep per-row data in step
// through rowRemoved().
#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QVBoxLayout;

namespace ims::ui {

class RowList : public QWidget
{
    Q_OBJECT
public:
    // `removeText`: the rows' remove button (default "Remove").
    RowList(const QString &addText, QWidget *parent = nullptr, const QString &removeText = {});

    int rowCount() const { return int(m_rows.size()); }
    void removeRow(int index);
    void clearRows();
    QPushButton *addButton() const { return m_add; }

signals:
    void changed();

protected:
    // A new row at the end; put its fields in with addField().
    QHBoxLayout *appendRow();
    static void addField(QHBoxLayout *row, QWidget *field, int stretch = 0);
    virtual void addRowRequested() = 0;
    virtual void rowRemoved(int index) = 0;

private:
    QVBoxLayout *m_rowsLayout;
    QList<QWidget *> m_rows;
    QPushButton *m_add;
    QString m_removeText;
};

} // namespace ims::ui
