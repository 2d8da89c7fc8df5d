#pragma once
// Disconnect control (class 70, version 0): the load relay.
//   output_state  boolean (true = relay closed, consumer connected)
//   control_state enum: 0 disconnected, 1 connected, 2 ready_for_reconnection
//   control_mode  enum 0..6: which triggers may change the state
//   methods: remote_disconnect (1), remote_reconnect (2), data ::= integer (0)
//
// What remote_reconnect does depends on the control mode: in modes 2 and 4
// it closes the relay; in modes 1, 3, 5 and 6 it only arms
// ready_for_reconnection and the subscriber closes the relay with the
// button (Blue Book 4.5.8; the same reading in Gurux's
// GXDLMSDisconnectControl and spodes-rs disconnect_control.rs).
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"

#include <QCoreApplication>

namespace ims::cosem {

enum class ControlState : quint8 {
    Disconnected = 0,
    Connected = 1,
    ReadyForReconnection = 2,
};

enum class ControlMode : quint8 {
    None = 0, // always connected
    Mode1 = 1,
    Mode2 = 2,
    Mode3 = 3,
    Mode4 = 4,
    Mode5 = 5,
    Mode6 = 6,
};

enum class RemoteReconnectEffect {
    NoEffect,                  // mode 0: the relay cannot be switched at all
    ClosesRelay,               // modes 2, 4
    ArmsForManualReconnection, // modes 1, 3, 5, 6: ready_for_reconnection, then the button
};

struct DisconnectControl
{
    Q_DECLARE_TR_FUNCTIONS(DisconnectControl)

public:
    bool outputState = true;
    quint8 controlState = quint8(ControlState::Connected);
    quint8 controlMode = quint8(ControlMode::None);

    // Attributes 2..4, as for Clock.
    Status setAttribute(qint8 index, const axdr::Value &value);
    Result<axdr::Value> attribute(qint8 index) const;

    static axdr::Value remoteDisconnectParameter() { return axdr::Value::integer(0); }
    static axdr::Value remoteReconnectParameter() { return axdr::Value::integer(0); }

    // The answer to "will a remote reconnect close the relay in this mode?".
    static RemoteReconnectEffect remoteReconnectEffect(quint8 mode);
    static bool allowsRemoteDisconnect(quint8 mode); // modes 1..6
    static bool allowsManualDisconnect(quint8 mode); // the button opens the relay: modes 1, 2, 5
    static bool allowsLocalDisconnect(quint8 mode);  // limiter, tamper...: modes 1..6
    static bool allowsLocalReconnect(quint8 mode);   // the meter recloses by itself: modes 5, 6

    // The state changes of the methods as a meter performs them (for the
    // simulator); they return false when the mode leaves the state unchanged.
    bool applyRemoteDisconnect();
    bool applyRemoteReconnect();
    bool applyManualReconnect(); // the subscriber presses the button

    static QString controlStateName(quint8 state);
    // What the mode allows, in words, for the relay settings page.
    static QString controlModeDescription(quint8 mode);

    bool operator==(const DisconnectControl &) const = default;
};

} // namespace ims::cosem
