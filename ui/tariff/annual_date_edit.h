#pragma once
// A date that recurs every year ("01-01", New Year) or falls in one year
// only ("2026-03-09", a moved day off): a date field and an "every year"
// box. The value is a COSEM date, year 0xFFFF for every year.
#include "protocol/axdr/cosem_datetime.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace ims::ui {

class AnnualDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit AnnualDateEdit(QWidget *parent = nullptr);

    axdr::CosemDate value() const;
    void setValue(const axdr::CosemDate &date);
    // For tests and templates: month and day, every year or in `year`.
    void setDate(int month, int day, int year = 0);

    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *everyYearBox() const { return m_everyYear; }

signals:
    void changed();

private:
    void showYear();

    QDateEdit *m_date;
    QCheckBox *m_everyYear;
};

} // namespace ims::ui
