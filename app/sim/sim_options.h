#pragma once
// Command line of imsdesk-sim, turned into a network configuration.
#include "protocol/core/result.h"
#include "protocol/sim/network/sim_network.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ims::app {

class SimOptions
{
    Q_DECLARE_TR_FUNCTIONS(SimOptions)
public:
    // Declares the options on the parser.
    static void declare(QCommandLineParser &parser);
    // Reads them back; InvalidArgument with a message for people.
    static Result<sim::NetworkConfig> read(const QCommandLineParser &parser);
};

} // namespace ims::app
