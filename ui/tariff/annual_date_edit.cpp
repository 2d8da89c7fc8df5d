#include "ui/tariff/annual_date_edit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace ims::ui {

namespace {
// A leap year, so that 29 February can be chosen for every year.
constexpr int kAnyYear = 2000;
} // namespace

AnnualDateEdit::AnnualDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_date(new QDateEdit(QDate(kAnyYear, 1, 1), this))
    , m_everyYear(new QCheckBox(tr("every year"), this))
{
    m_date->setObjectName(QStringLiteral("annualDate"));
    m_everyYear->setObjectName(QStringLiteral("everyYearBox"));
    m_everyYear->setChecked(true);
    m_date->setCalendarPopup(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date);
    layout->addWidget(m_everyYear);
    showYear();
    connect(m_date, &QDateEdit::dateChanged, this, &AnnualDateEdit::changed);
    connect(m_everyYear, &QCheckBox::toggled, this, [this](bool everyYear) {
        if (!everyYear && m_date->date().year() == kAnyYear)
            m_date->setDate(QDate(QDate::currentDate().year(), m_date->date().month(),
                                  std::min(m_date->date().day(), 28)));
        showYear();
        emit changed();
    });
}

void AnnualDateEdit::showYear()
{
    m_date->setDisplayFormat(m_everyYear->isChecked() ? QStringLiteral("dd.MM")
                                                      : QStringLiteral("dd.MM.yyyy"));
}

axdr::CosemDate AnnualDateEdit::value() const
{
    const QDate d = m_date->date();
    return axdr::CosemDate{m_everyYear->isChecked() ? quint16(0xFFFF) : quint16(d.year()),
                           quint8(d.month()), quint8(d.day()), 0xFF};
}

void AnnualDateEdit::setValue(const axdr::CosemDate &date)
{
    setDate(date.month, date.day, date.year == 0xFFFF ? 0 : date.year);
}

void AnnualDateEdit::setDate(int month, int day, int year)
{
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockBox(m_everyYear);
    m_everyYear->setChecked(year == 0);
    m_date->setDate(QDate(year == 0 ? kAnyYear : year, month, day));
    showYear();
    emit changed();
}

} // namespace ims::ui
