#pragma once
// The link, addressing and security options shared by every imsdesk-cli
// command that talks to a device (dlms, router, optical ...).
#include "protocol/client/connection_profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ims::cli {

class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)
public:
    explicit ConnectionOptions(QCommandLineParser &parser);

    // The profile the options describe, or a clear error for bad input.
    Result<client::ConnectionProfile> profile() const;

    static QString usage();

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_tcp, m_serial, m_baud, m_parity, m_dataBits, m_optical, m_opticalAddress,
        m_wrapper, m_client, m_logical, m_physical, m_auth, m_password, m_systemTitle, m_authKey,
        m_blockKey, m_security, m_invocationCounter, m_timeout;
};

} // namespace ims::cli
