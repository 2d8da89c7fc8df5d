#pragma once
// The load relay (disconnect control, class 70, 0.0.96.3.10.255):
// disconnect, reconnect and state, each verified by reading the state back.
//
// Reconnection respects the control mode: in modes 2 and 4 remote_reconnect
// closes the relay; in modes 1, 3, 5 and 6 it only permits the subscriber to
// close it with the button (control_state ready_for_reconnection). The report
// says which of the two happened; in mode 0 the relay cannot be switched and
// the command is refused before anything is sent.
#include "protocol/client/dlms_client.h"
#include "protocol/control/control_outcome.h"
#include "protocol/cosem/disconnect_control.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace ims::control {

struct RelayState
{
    bool outputClosed = true; // output_state: consumer connected
    quint8 controlState = quint8(cosem::ControlState::Connected);
    quint8 controlMode = 0;

    bool isDisconnected() const
    {
        return !outputClosed && controlState == quint8(cosem::ControlState::Disconnected);
    }
    bool isConnected() const
    {
        return outputClosed && controlState == quint8(cosem::ControlState::Connected);
    }
    bool awaitsSubscriber() const
    {
        return controlState == quint8(cosem::ControlState::ReadyForReconnection);
    }
    // "open (disconnected), control mode 2", translated.
    QString describe() const;
    // "closed"/"open" and the control state token, for JSON.
    QString outputToken() const;
    QString controlStateToken() const;
};

struct RelayReport
{
    ControlReport report;
    std::optional<RelayState> before;
    std::optional<RelayState> after;
    // Reconnection permitted; the subscriber closes the relay with the button.
    bool awaitingSubscriber = false;
};

class RelayControl
{
    Q_DECLARE_TR_FUNCTIONS(RelayControl)

public:
    using StateDone = std::function<void(Result<RelayState>)>;
    using ReportDone = std::function<void(RelayReport)>;

    // The client must be associated (as a client allowed to switch: the
    // SPODES configurator) and outlive the operation.
    static void readState(client::DlmsClient &client, StateDone done);
    static void disconnect(client::DlmsClient &client, ReportDone done);
    static void reconnect(client::DlmsClient &client, ReportDone done);

    static Result<RelayState> stateFromValues(const QList<axdr::Value> &values);
};

} // namespace ims::control
