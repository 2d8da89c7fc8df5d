#pragma once
// The plan's tariffs: number (T1…) and a name people recognise ("Day",
// "Night"). A new row takes the lowest free number; nothing stops a
// seventh, so that the validator can say why it is too many.
#include "protocol/control/tariff_plan.h"
#include "ui/tariff/choice_combo.h"
#include "ui/tariff/row_list.h"

class QLineEdit;

namespace ims::ui {

class TariffListEditor : public RowList
{
    Q_OBJECT
public:
    explicit TariffListEditor(QWidget *parent = nullptr);

    QList<control::TariffInfo> tariffs() const;
    void setTariffs(const QList<control::TariffInfo> &tariffs);
    // Adds a row with the lowest free number; returns its row.
    int addTariff(const QString &name = {});
    QLineEdit *nameEdit(int row) const { return m_rows.at(row).name; }
    // For the day profiles' combo boxes: "T1 Day".
    QList<Choice> choices() const;

protected:
    void addRowRequested() override { addTariff(); }
    void rowRemoved(int index) override { m_rows.removeAt(index); }

private:
    void addRow(quint16 id, const QString &name);

    struct Row
    {
        quint16 id = 0;
        QLineEdit *name = nullptr;
    };
    QList<Row> m_rows;
};

} // namespace ims::ui
