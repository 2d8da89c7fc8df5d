#pragma once
// Energy thresholds as the operator types them, in kWh with up to three
// decimals ("150", "150.5", "0,125"), and as the plan stores them: whole Wh.
// Parsed digit by digit, never through floating point, so "0.3" is exactly
// 300 Wh and what is shown reads back to the same Wh.
#include "protocol/core/result.h"

#include <QCoreApplication>
#include <QString>

namespace ims::ui {

class KwhText
{
    Q_DECLARE_TR_FUNCTIONS(KwhText)

public:
    // Whole Wh, or why the text is not a threshold (empty, not a number,
    // finer than 1 Wh, above what a meter register holds).
    static Result<quint32> toWh(const QString &text);
    // "150", "150.5", "0.125": no trailing zeros, the locale's decimal sign.
    static QString fromWh(quint32 wh);
};

} // namespace ims::ui
