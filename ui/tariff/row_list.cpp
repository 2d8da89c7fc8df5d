#include "ui/tariff/row_list.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ims::ui {

RowList::RowList(const QString &addText, QWidget *parent, const QString &removeText)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(addText, this))
    , m_removeText(removeText.isEmpty() ? tr("Remove") : removeText)
{
    m_add->setObjectName(QStringLiteral("addRowButton"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRowRequested();
        emit changed();
    });
}

QHBoxLayout *RowList::appendRow()
{
    auto *frame = new QWidget(this);
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(0, 0, 0, 0);
    auto *remove = new QToolButton(frame);
    remove->setObjectName(QStringLiteral("removeRowButton"));
    remove->setText(m_removeText);
    remove->setToolTip(tr("Remove this row"));
    row->addWidget(remove);
    m_rowsLayout->addWidget(frame);
    m_rows.append(frame);
    connect(remove, &QToolButton::clicked, this, [this, frame] {
        const int index = int(m_rows.indexOf(frame));
        if (index >= 0) {
            removeRow(index);
            emit changed();
        }
    });
    return row;
}

void RowList::addField(QHBoxLayout *row, QWidget *field, int stretch)
{
    field->setParent(row->parentWidget());
    row->insertWidget(row->count() - 1, field, stretch);
}

void RowList::removeRow(int index)
{
    QWidget *frame = m_rows.takeAt(index);
    rowRemoved(index);
    frame->hide();
    frame->deleteLater();
}

void RowList::clearRows()
{
    while (!m_rows.isEmpty())
        removeRow(rowCount() - 1);
}

} // namespace ims::ui
