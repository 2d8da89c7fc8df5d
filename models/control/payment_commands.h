#pragma once
// What the meter card asks of whoever can reach meters: read a meter's
// prepayment account, credit a payment, set its thresholds or its mode.
// The workstation implements it off the GUI thread (app::PaymentService:
// its own thread, one meter conversation at a time); the card only calls
// these and waits for finished(). Every command is recorded and its result
// stored (models/control/payment_store.h) before finished() is emitted, so
// the card reloads what the database now knows.
#include "protocol/control/payment_control.h"

#include <QObject>

namespace ims::control {

class PaymentCommands : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void readAccount(qint64 meterId) = 0;
    virtual void topUp(qint64 meterId, const Money &amount) = 0;
    virtual void setThresholds(qint64 meterId, const ThresholdRequest &request) = 0;
    virtual void setMode(qint64 meterId, cosem::PaymentMode mode) = 0;

signals:
    // `command`: "credit-get", "credit-pay", "credit-thresholds", "credit-mode";
    // `ok`: read, or applied and verified; `message` says what happened.
    void finished(qint64 meterId, const QString &command, bool ok, const QString &message);
};

} // namespace ims::control
