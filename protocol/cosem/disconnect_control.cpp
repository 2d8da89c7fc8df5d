#include "protocol/cosem/disconnect_control.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::Value;
using Attr = ic::DisconnectControl::Attr;

namespace {

constexpr quint8 MaxControlMode = quint8(ControlMode::Mode6);

} // namespace

Status DisconnectControl::setAttribute(qint8 index, const Value &value)
{
    FieldReader r;
    switch (index) {
    case Attr::OutputState: {
        const bool s = r.boolean(value, QStringLiteral("disconnect_control.output_state"));
        if (r.ok())
            outputState = s;
        break;
    }
    case Attr::ControlState: {
        const QString field = QStringLiteral("disconnect_control.control_state");
        const quint8 s = r.enumeration(value, field);
        if (r.ok() && s > quint8(ControlState::ReadyForReconnection))
            r.fail(field, tr("control state %1 is not defined (0..2)").arg(s));
        if (r.ok())
            controlState = s;
        break;
    }
    case Attr::ControlMode: {
        const QString field = QStringLiteral("disconnect_control.control_mode");
        const quint8 m = r.enumeration(value, field);
        if (r.ok() && m > MaxControlMode)
            r.fail(field, tr("control mode %1 is not defined (0..6)").arg(m));
        if (r.ok())
            controlMode = m;
        break;
    }
    default:
        return Error(ErrorKind::NotFound,
                     tr("the disconnect control has no attribute %1").arg(index));
    }
    if (!r.ok())
        return r.error();
    return {};
}

Result<Value> DisconnectControl::attribute(qint8 index) const
{
    switch (index) {
    case Attr::OutputState:
        return Value::boolean(outputState);
    case Attr::ControlState:
        return Value::enumValue(controlState);
    case Attr::ControlMode:
        return Value::enumValue(controlMode);
    default:
        return Error(ErrorKind::NotFound,
                     tr("the disconnect control has no attribute %1").arg(index));
    }
}

RemoteReconnectEffect DisconnectControl::remoteReconnectEffect(quint8 mode)
{
    switch (ControlMode(mode)) {
    case ControlMode::Mode2:
    case ControlMode::Mode4:
        return RemoteReconnectEffect::ClosesRelay;
    case ControlMode::Mode1:
    case ControlMode::Mode3:
    case ControlMode::Mode5:
    case ControlMode::Mode6:
        return RemoteReconnectEffect::ArmsForManualReconnection;
    case ControlMode::None:
        break;
    }
    return RemoteReconnectEffect::NoEffect;
}

bool DisconnectControl::allowsRemoteDisconnect(quint8 mode)
{
    return mode >= 1 && mode <= MaxControlMode;
}

bool DisconnectControl::allowsManualDisconnect(quint8 mode)
{
    return mode == 1 || mode == 2 || mode == 5;
}

bool DisconnectControl::allowsLocalDisconnect(quint8 mode)
{
    return mode >= 1 && mode <= MaxControlMode;
}

bool DisconnectControl::allowsLocalReconnect(quint8 mode)
{
    return mode == 5 || mode == 6;
}

bool DisconnectControl::applyRemoteDisconnect()
{
    if (!allowsRemoteDisconnect(controlMode) || controlState == quint8(ControlState::Disconnected))
        return false;
    controlState = quint8(ControlState::Disconnected);
    outputState = false;
    return true;
}

bool DisconnectControl::applyRemoteReconnect()
{
    if (controlState != quint8(ControlState::Disconnected))
        return false;
    switch (remoteReconnectEffect(controlMode)) {
    case RemoteReconnectEffect::ClosesRelay:
        controlState = quint8(ControlState::Connected);
        outputState = true;
        return true;
    case RemoteReconnectEffect::ArmsForManualReconnection:
        controlState = quint8(ControlState::ReadyForReconnection);
        return true;
    case RemoteReconnectEffect::NoEffect:
        break;
    }
    return false;
}

bool DisconnectControl::applyManualReconnect()
{
    if (controlMode == 0 || controlState != quint8(ControlState::ReadyForReconnection))
        return false;
    controlState = quint8(ControlState::Connected);
    outputState = true;
    return true;
}

QString DisconnectControl::controlStateName(quint8 state)
{
    switch (ControlState(state)) {
    case ControlState::Disconnected:
        return tr("disconnected");
    case ControlState::Connected:
        return tr("connected");
    case ControlState::ReadyForReconnection:
        return tr("ready for reconnection");
    }
    return tr("control state %1").arg(state);
}

QString DisconnectControl::controlModeDescription(quint8 mode)
{
    switch (ControlMode(mode)) {
    case ControlMode::None:
        return tr("Mode 0: the relay always stays connected.");
    case ControlMode::Mode1:
        return tr("Mode 1: disconnection remote, by the button or by the meter itself; a remote "
                  "reconnection only permits it, the subscriber closes the relay with the button.");
    case ControlMode::Mode2:
        return tr("Mode 2: disconnection remote, by the button or by the meter itself; a remote "
                  "reconnection closes the relay directly.");
    case ControlMode::Mode3:
        return tr(
            "Mode 3: disconnection remote or by the meter itself, not by the button; a remote "
            "reconnection only permits it, the subscriber closes the relay with the button.");
    case ControlMode::Mode4:
        return tr(
            "Mode 4: disconnection remote or by the meter itself, not by the button; a remote "
            "reconnection closes the relay directly.");
    case ControlMode::Mode5:
        return tr("Mode 5: as mode 1, and the meter also reconnects by itself when the cause of a "
                  "local disconnection is gone.");
    case ControlMode::Mode6:
        return tr("Mode 6: as mode 3, and the meter also reconnects by itself when the cause of a "
                  "local disconnection is gone.");
    }
    return tr("Control mode %1 is not defined.").arg(mode);
}

} // namespace ims::cosem
