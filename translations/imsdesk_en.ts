<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CliRegistry</name>
        <message>
            <source>unknown command "%1"; see `imsdesk-cli help`</source>
            <translation>unknown command "%1"; see `imsdesk-cli help`</translation>
        </message>
        <message>
            <source>Usage: imsdesk-cli COMMAND [options]</source>
            <translation>Usage: imsdesk-cli COMMAND [options]</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>print the version</source>
            <translation>print the version</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::MainWindow</name>
        <message>
            <source>ImsDesk — metering workstation</source>
            <translation>ImsDesk — metering workstation</translation>
        </message>
        <message>
            <source>No network yet. Add a router or open the demo substation.</source>
            <translation>No network yet. Add a router or open the demo substation.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About ImsDesk</source>
            <translation>&amp;About ImsDesk</translation>
        </message>
        <message>
            <source>About ImsDesk</source>
            <translation>About ImsDesk</translation>
        </message>
        <message>
            <source>ImsDesk %1
Operator workstation for automated electricity metering (DLMS/COSEM, SPODES).</source>
            <translation>ImsDesk %1
Operator workstation for automated electricity metering (DLMS/COSEM, SPODES).</translation>
        </message>
    </context>
    <context>
        <name>imsdesk-sim</name>
        <message>
            <source>Simulated SPODES meters, routers and PLC network</source>
            <translation>Simulated SPODES meters, routers and PLC network</translation>
        </message>
        <message>
            <source>no network configured</source>
            <translation>no network configured</translation>
        </message>
    </context>
</TS>
