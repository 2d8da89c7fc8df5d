#include "ui/tariff/tariff_list_editor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ims::ui {

TariffListEditor::TariffListEditor(QWidget *parent)
    : RowList(tr("Add tariff"), parent)
{
    setObjectName(QStringLiteral("tariffListEditor"));
}

QList<control::TariffInfo> TariffListEditor::tariffs() const
{
    QList<control::TariffInfo> out;
    for (const Row &row : m_rows)
        out.append({row.id, row.name->text().trimmed()});
    return out;
}

void TariffListEditor::setTariffs(const QList<control::TariffInfo> &tariffs)
{
    clearRows();
    for (const control::TariffInfo &t : tariffs)
        addRow(t.id, t.name);
    emit changed();
}

int TariffListEditor::addTariff(const QString &name)
{
    quint16 id = 1;
    auto taken = [this](quint16 candidate) {
        return std::any_of(m_rows.begin(), m_rows.end(),
                           [candidate](const Row &r) { return r.id == candidate; });
    };
    while (taken(id))
        ++id;
    addRow(id, name);
    emit changed();
    return rowCount() - 1;
}

void TariffListEditor::addRow(quint16 id, const QString &name)
{
    QHBoxLayout *layout = appendRow();
    auto *number = new QLabel(tr("T%1").arg(id));
    number->setObjectName(QStringLiteral("tariffNumber"));
    auto *edit = new QLineEdit(name);
    edit->setObjectName(QStringLiteral("tariffName"));
    edit->setPlaceholderText(tr("name, e.g. Day or Night"));
    addField(layout, number);
    addField(layout, edit, 1);
    connect(edit, &QLineEdit::textChanged, this, &RowList::changed);
    m_rows.append({id, edit});
}

QList<Choice> TariffListEditor::choices() const
{
    QList<Choice> out;
    for (const Row &row : m_rows) {
        const QString name = row.name->text().trimmed();
        out.append({QVariant(int(row.id)),
                    name.isEmpty() ? tr("T%1").arg(row.id) : tr("T%1 %2").arg(row.id).arg(name)});
    }
    return out;
}

} // namespace ims::ui
