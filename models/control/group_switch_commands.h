#pragma once
// What the workstation's windows ask of whoever runs the polling engine to
// switch many relays at once: disconnect or reconnect every meter of a
// router, feeder or balance group (models/control/group_switch.h does the
// work on the engine's thread). The window only calls these and follows the
// signals; every meter switched or not ends with a command record.
#include "models/control/switch_schedule.h"

#include <QObject>

namespace ims::control {

class GroupSwitchCommands : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // One group at a time: while one runs, another request is refused with
    // groupSwitchFinished(ok = false).
    virtual void switchGroup(const ims::control::SwitchTarget &target,
                             ims::control::SwitchAction action)
        = 0;
    // Meters not switched yet are recorded not applied; the one being
    // switched finishes as it does.
    virtual void cancelGroupSwitch() = 0;

signals:
    // `description`: "router R1"; `total`: the meters that will switch.
    void groupSwitchStarted(const QString &description, int total);
    // `outcome`: what happened to this meter, for people.
    void groupSwitchMeterFinished(const QString &serial, const QString &outcome, int done,
                                  int total);
    // `summary`: "3 applied, 1 unknown", or why nothing ran (ok false).
    void groupSwitchFinished(const QString &summary, bool ok);
};

} // namespace ims::control
