#pragma once
// The router's own logical device. Besides clock, identity and the SPODES
// associations it holds three concentrator lists (SPODUS objects, class 1,
// value = array; see docs/simulator.md for the encoding):
//   0.0.94.7.128.255 meters the router knows (commissioned):
//       array of structure { physical long-unsigned, serial visible-string,
//                            model visible-string, commissioned boolean }
//   0.0.94.7.131.255 meters discovered on the PLC but not commissioned: same shape
//   0.0.94.7.130.255 PLC routes:
//       array of structure { physical long-unsigned,
//                            repeaters array of long-unsigned (router outwards),
//                            quality array of unsigned (percent, one per hop) }
#include "protocol/sim/server/logical_device.h"

#include <memory>

namespace ims::sim {

class SimRouter;
class VirtualClock;
struct SimCredentials;

std::shared_ptr<LogicalDevice> buildRouterDevice(SimRouter &router, VirtualClock &clock,
                                                 const SimCredentials &credentials);

} // namespace ims::sim
