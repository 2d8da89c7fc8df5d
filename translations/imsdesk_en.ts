<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccessResult</name>
        <message>
            <source>data access: %1</source>
            <translation>data access: %1</translation>
        </message>
        <message>
            <source>action: %1</source>
            <translation>action: %1</translation>
        </message>
    </context>
    <context>
        <name>Acse</name>
        <message>
            <source>ACSE requirements bit string is malformed</source>
            <translation>ACSE requirements bit string is malformed</translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>%1 is missing</translation>
        </message>
        <message>
            <source>release reason %1 out of range</source>
            <translation>release reason %1 out of range</translation>
        </message>
        <message>
            <source>association %1: %2</source>
            <translation>association %1: %2</translation>
        </message>
        <message>
            <source>association result %1 is not defined</source>
            <translation>association result %1 is not defined</translation>
        </message>
        <message>
            <source>unknown result-source-diagnostic choice</source>
            <translation>unknown result-source-diagnostic choice</translation>
        </message>
        <message>
            <source>diagnostic %1 out of range</source>
            <translation>diagnostic %1 out of range</translation>
        </message>
    </context>
    <context>
        <name>ActivityCalendar</name>
        <message>
            <source>the activity calendar has no attribute %1</source>
            <translation>the activity calendar has no attribute %1</translation>
        </message>
    </context>
    <context>
        <name>AlarmNames</name>
        <message>
            <source>Conflicting reading</source>
            <translation>Conflicting reading</translation>
        </message>
        <message>
            <source>Reading for an unknown meter</source>
            <translation>Reading for an unknown meter</translation>
        </message>
        <message>
            <source>Invalid reading rejected</source>
            <translation>Invalid reading rejected</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
    </context>
    <context>
        <name>AlarmStore</name>
        <message>
            <source>no open alarm %1</source>
            <translation>no open alarm %1</translation>
        </message>
    </context>
    <context>
        <name>Apdu</name>
        <message>
            <source>APDU tag 0x%1 is not supported</source>
            <translation>APDU tag 0x%1 is not supported</translation>
        </message>
        <message>
            <source>APDU 0x%1 with choice %2 is not supported</source>
            <translation>APDU 0x%1 with choice %2 is not supported</translation>
        </message>
        <message>
            <source>empty APDU</source>
            <translation>empty APDU</translation>
        </message>
    </context>
    <context>
        <name>ArrayReader</name>
        <message>
            <source>the array header has not arrived yet</source>
            <translation>the array header has not arrived yet</translation>
        </message>
        <message>
            <source>expected an A-XDR array (tag 0x01), got tag 0x%1</source>
            <translation>expected an A-XDR array (tag 0x01), got tag 0x%1</translation>
        </message>
        <message>
            <source>A-XDR nesting deeper than %1</source>
            <translation>A-XDR nesting deeper than %1</translation>
        </message>
        <message>
            <source>A-XDR array declares %1 elements, more than the limit of %2</source>
            <translation>A-XDR array declares %1 elements, more than the limit of %2</translation>
        </message>
        <message>
            <source>all %1 rows of the array have been read</source>
            <translation>all %1 rows of the array have been read</translation>
        </message>
    </context>
    <context>
        <name>AxdrCodec</name>
        <message>
            <source>unknown A-XDR data tag 0x%1 at offset %2</source>
            <translation>unknown A-XDR data tag 0x%1 at offset %2</translation>
        </message>
        <message>
            <source>A-XDR input ends at offset %1, %2 more byte(s) needed</source>
            <translation>A-XDR input ends at offset %1, %2 more byte(s) needed</translation>
        </message>
        <message>
            <source>A-XDR value has more than %1 elements</source>
            <translation>A-XDR value has more than %1 elements</translation>
        </message>
        <message>
            <source>A-XDR nesting deeper than %1 at offset %2</source>
            <translation>A-XDR nesting deeper than %1 at offset %2</translation>
        </message>
        <message>
            <source>A-XDR length %1 at offset %2 exceeds the limit of %3 bytes</source>
            <translation>A-XDR length %1 at offset %2 exceeds the limit of %3 bytes</translation>
        </message>
        <message>
            <source>A-XDR %1 declares %2 elements, more than the limit of %3</source>
            <translation>A-XDR %1 declares %2 elements, more than the limit of %3</translation>
        </message>
        <message>
            <source>boolean 0x%1 at offset %2 is not 0x00 or 0x01</source>
            <translation>boolean 0x%1 at offset %2 is not 0x00 or 0x01</translation>
        </message>
        <message>
            <source>A-XDR type %1 cannot appear here (offset %2)</source>
            <translation>A-XDR type %1 cannot appear here (offset %2)</translation>
        </message>
        <message>
            <source>invalid type 0x%1 in a compact-array description at offset %2</source>
            <translation>invalid type 0x%1 in a compact-array description at offset %2</translation>
        </message>
        <message>
            <source>compact-array description declares %1 members</source>
            <translation>compact-array description declares %1 members</translation>
        </message>
        <message>
            <source>compact-array at offset %1 has content but its elements take no bytes</source>
            <translation>compact-array at offset %1 has content but its elements take no bytes</translation>
        </message>
        <message>
            <source>compact-array contents of %1 bytes at offset %2 are not a whole number of %3-byte elements</source>
            <translation>compact-array contents of %1 bytes at offset %2 are not a whole number of %3-byte elements</translation>
        </message>
        <message>
            <source>compact-array at offset %1 holds %2 values, more than the limit of %3</source>
            <translation>compact-array at offset %1 holds %2 values, more than the limit of %3</translation>
        </message>
        <message>
            <source>compact-array element crosses the end of its contents at offset %1</source>
            <translation>compact-array element crosses the end of its contents at offset %1</translation>
        </message>
        <message>
            <source>A-XDR length missing at offset %1</source>
            <translation>A-XDR length missing at offset %1</translation>
        </message>
        <message>
            <source>A-XDR length form 0x%1 at offset %2 is not supported</source>
            <translation>A-XDR length form 0x%1 at offset %2 is not supported</translation>
        </message>
        <message>
            <source>A-XDR length truncated at offset %1</source>
            <translation>A-XDR length truncated at offset %1</translation>
        </message>
        <message>
            <source>A-XDR length %1 at offset %2 is not in its shortest form</source>
            <translation>A-XDR length %1 at offset %2 is not in its shortest form</translation>
        </message>
        <message>
            <source>A-XDR decode position %1 outside the input</source>
            <translation>A-XDR decode position %1 outside the input</translation>
        </message>
        <message>
            <source>%1 byte(s) after the A-XDR value at offset %2</source>
            <translation>%1 byte(s) after the A-XDR value at offset %2</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>%1 already exists</source>
            <translation>%1 already exists</translation>
        </message>
        <message>
            <source>online backup is not available for %1</source>
            <translation>online backup is not available for %1</translation>
        </message>
        <message>
            <source>cannot replace %1</source>
            <translation>cannot replace %1</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>cannot write %1</translation>
        </message>
        <message>
            <source>no backup at %1</source>
            <translation>no backup at %1</translation>
        </message>
        <message>
            <source>restore needs the SQLite backup API</source>
            <translation>restore needs the SQLite backup API</translation>
        </message>
        <message>
            <source>cannot open %1</source>
            <translation>cannot open %1</translation>
        </message>
        <message>
            <source>the backup is damaged: %1</source>
            <translation>the backup is damaged: %1</translation>
        </message>
        <message>
            <source>the backup has schema version %1</source>
            <translation>the backup has schema version %1</translation>
        </message>
    </context>
    <context>
        <name>BalanceQuery</name>
        <message>
            <source>no balance group %1</source>
            <translation>no balance group %1</translation>
        </message>
        <message>
            <source>the period is empty</source>
            <translation>the period is empty</translation>
        </message>
    </context>
    <context>
        <name>BerReader</name>
        <message>
            <source>BER field cut short</source>
            <translation>BER field cut short</translation>
        </message>
        <message>
            <source>multi-byte BER tag 0x%1</source>
            <translation>multi-byte BER tag 0x%1</translation>
        </message>
        <message>
            <source>indefinite BER length</source>
            <translation>indefinite BER length</translation>
        </message>
        <message>
            <source>BER length of %1 octets</source>
            <translation>BER length of %1 octets</translation>
        </message>
        <message>
            <source>BER length cut short</source>
            <translation>BER length cut short</translation>
        </message>
        <message>
            <source>BER field 0x%1 declares %2 bytes, %3 remain</source>
            <translation>BER field 0x%1 declares %2 bytes, %3 remain</translation>
        </message>
        <message>
            <source>expected BER tag 0x%1, found 0x%2</source>
            <translation>expected BER tag 0x%1, found 0x%2</translation>
        </message>
        <message>
            <source>bytes after the end of BER value 0x%1</source>
            <translation>bytes after the end of BER value 0x%1</translation>
        </message>
        <message>
            <source>unexpected INTEGER of %1 bytes</source>
            <translation>unexpected INTEGER of %1 bytes</translation>
        </message>
    </context>
    <context>
        <name>CalendarValidator</name>
        <message>
            <source>the calendar has no seasons</source>
            <translation>the calendar has no seasons</translation>
        </message>
        <message>
            <source>the calendar has no week profiles</source>
            <translation>the calendar has no week profiles</translation>
        </message>
        <message>
            <source>the calendar has no day profiles</source>
            <translation>the calendar has no day profiles</translation>
        </message>
        <message>
            <source>day profile %1 is defined twice</source>
            <translation>day profile %1 is defined twice</translation>
        </message>
        <message>
            <source>week profile %1 is defined twice</source>
            <translation>week profile %1 is defined twice</translation>
        </message>
        <message>
            <source>season %1 is defined twice</source>
            <translation>season %1 is defined twice</translation>
        </message>
        <message>
            <source>season %1 starts on %2: the month and day must be given</source>
            <translation>season %1 starts on %2: the month and day must be given</translation>
        </message>
        <message>
            <source>season %1 (%2) does not start after season %3 (%4)</source>
            <translation>season %1 (%2) does not start after season %3 (%4)</translation>
        </message>
        <message>
            <source>season %1 uses week profile %2, which is not defined</source>
            <translation>season %1 uses week profile %2, which is not defined</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>week profile %1 uses day profile %2 on %3, which is not defined</source>
            <translation>week profile %1 uses day profile %2 on %3, which is not defined</translation>
        </message>
        <message>
            <source>day profile %1 has no tariff switches</source>
            <translation>day profile %1 has no tariff switches</translation>
        </message>
        <message>
            <source>day profile %1, switch %2: the start time %3 must give hour and minute</source>
            <translation>day profile %1, switch %2: the start time %3 must give hour and minute</translation>
        </message>
        <message>
            <source>day profile %1, switch %2 at %3 is not later than the switch before it at %4</source>
            <translation>day profile %1, switch %2 at %3 is not later than the switch before it at %4</translation>
        </message>
        <message>
            <source>day profile %1, switch %2 at %3 selects tariff %4; allowed are 1 to %5</source>
            <translation>day profile %1, switch %2 at %3 selects tariff %4; allowed are 1 to %5</translation>
        </message>
        <message>
            <source>day profile %1, switch %2 at %3 runs script table %4 instead of %5</source>
            <translation>day profile %1, switch %2 at %3 runs script table %4 instead of %5</translation>
        </message>
    </context>
    <context>
        <name>CipheredApdu</name>
        <message>
            <source>ciphered content of %1 bytes has no room for the security header</source>
            <translation>ciphered content of %1 bytes has no room for the security header</translation>
        </message>
        <message>
            <source>0x%1 is not a ciphered APDU tag</source>
            <translation>0x%1 is not a ciphered APDU tag</translation>
        </message>
    </context>
    <context>
        <name>Ciphering</name>
        <message>
            <source>security suite %1 is not supported (only suite 0)</source>
            <translation>security suite %1 is not supported (only suite 0)</translation>
        </message>
        <message>
            <source>compressed ciphered APDUs are not supported</source>
            <translation>compressed ciphered APDUs are not supported</translation>
        </message>
        <message>
            <source>security control 0x%1 asks for neither authentication nor encryption</source>
            <translation>security control 0x%1 asks for neither authentication nor encryption</translation>
        </message>
        <message>
            <source>no dedicated key has been agreed for this association</source>
            <translation>no dedicated key has been agreed for this association</translation>
        </message>
        <message>
            <source>no broadcast key is configured</source>
            <translation>no broadcast key is configured</translation>
        </message>
        <message>
            <source>ciphered content of %1 bytes is shorter than the authentication tag</source>
            <translation>ciphered content of %1 bytes is shorter than the authentication tag</translation>
        </message>
        <message>
            <source>empty APDU</source>
            <translation>empty APDU</translation>
        </message>
        <message>
            <source>APDU 0x%1 has no %2 ciphered form</source>
            <translation>APDU 0x%1 has no %2 ciphered form</translation>
        </message>
        <message>
            <source>ciphered APDU from system title %1, expected %2</source>
            <translation>ciphered APDU from system title %1, expected %2</translation>
        </message>
        <message>
            <source>the sender's system title is not known</source>
            <translation>the sender's system title is not known</translation>
        </message>
        <message>
            <source>ciphered APDU 0x%1 does not contain the matching plain APDU</source>
            <translation>ciphered APDU 0x%1 does not contain the matching plain APDU</translation>
        </message>
    </context>
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
        <message>
            <source>read, write and invoke COSEM objects on a meter or router (DLMS/COSEM)</source>
            <translation>read, write and invoke COSEM objects on a meter or router (DLMS/COSEM)</translation>
        </message>
    </context>
    <context>
        <name>Clock</name>
        <message>
            <source>invalid value</source>
            <translation>invalid value</translation>
        </message>
        <message>
            <source>doubtful value</source>
            <translation>doubtful value</translation>
        </message>
        <message>
            <source>different clock base</source>
            <translation>different clock base</translation>
        </message>
        <message>
            <source>invalid clock status</source>
            <translation>invalid clock status</translation>
        </message>
        <message>
            <source>daylight saving active</source>
            <translation>daylight saving active</translation>
        </message>
        <message>
            <source>clock base %1 is not defined (0..5)</source>
            <translation>clock base %1 is not defined (0..5)</translation>
        </message>
        <message>
            <source>the clock has no attribute %1</source>
            <translation>the clock has no attribute %1</translation>
        </message>
        <message>
            <source>a clock shift of %1 s exceeds the allowed %2 s; set the time instead</source>
            <translation>a clock shift of %1 s exceeds the allowed %2 s; set the time instead</translation>
        </message>
        <message>
            <source>a clock shift of %1 s exceeds the allowed %2 s</source>
            <translation>a clock shift of %1 s exceeds the allowed %2 s</translation>
        </message>
        <message>
            <source>not defined</source>
            <translation>not defined</translation>
        </message>
        <message>
            <source>internal crystal</source>
            <translation>internal crystal</translation>
        </message>
        <message>
            <source>mains frequency 50 Hz</source>
            <translation>mains frequency 50 Hz</translation>
        </message>
        <message>
            <source>mains frequency 60 Hz</source>
            <translation>mains frequency 60 Hz</translation>
        </message>
        <message>
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <source>radio controlled</source>
            <translation>radio controlled</translation>
        </message>
        <message>
            <source>clock base %1</source>
            <translation>clock base %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionOptions</name>
        <message>
            <source>--%1: "%2" is not a number from 0 to %3</source>
            <translation>--%1: "%2" is not a number from 0 to %3</translation>
        </message>
        <message>
            <source>--%1 needs %2 hex bytes</source>
            <translation>--%1 needs %2 hex bytes</translation>
        </message>
        <message>
            <source>Connect over TCP.</source>
            <translation>Connect over TCP.</translation>
        </message>
        <message>
            <source>Connect over a serial port.</source>
            <translation>Connect over a serial port.</translation>
        </message>
        <message>
            <source>Serial speed (default 9600).</source>
            <translation>Serial speed (default 9600).</translation>
        </message>
        <message>
            <source>Serial parity: none, even or odd.</source>
            <translation>Serial parity: none, even or odd.</translation>
        </message>
        <message>
            <source>Serial data bits: 7 or 8.</source>
            <translation>Serial data bits: 7 or 8.</translation>
        </message>
        <message>
            <source>Optical probe (IEC 62056-21 mode E).</source>
            <translation>Optical probe (IEC 62056-21 mode E).</translation>
        </message>
        <message>
            <source>Use the TCP wrapper (IEC 62056-47) instead of HDLC.</source>
            <translation>Use the TCP wrapper (IEC 62056-47) instead of HDLC.</translation>
        </message>
        <message>
            <source>Client SAP (default 16).</source>
            <translation>Client SAP (default 16).</translation>
        </message>
        <message>
            <source>Logical device (default 1).</source>
            <translation>Logical device (default 1).</translation>
        </message>
        <message>
            <source>HDLC physical address of a meter behind a router.</source>
            <translation>HDLC physical address of a meter behind a router.</translation>
        </message>
        <message>
            <source>Authentication: none, low or hls-gmac.</source>
            <translation>Authentication: none, low or hls-gmac.</translation>
        </message>
        <message>
            <source>LLS password.</source>
            <translation>LLS password.</translation>
        </message>
        <message>
            <source>Client system title, 8 bytes hex.</source>
            <translation>Client system title, 8 bytes hex.</translation>
        </message>
        <message>
            <source>Authentication key, 16 bytes hex.</source>
            <translation>Authentication key, 16 bytes hex.</translation>
        </message>
        <message>
            <source>Block cipher key, 16 bytes hex.</source>
            <translation>Block cipher key, 16 bytes hex.</translation>
        </message>
        <message>
            <source>APDU protection: none, auth, enc or auth-enc.</source>
            <translation>APDU protection: none, auth, enc or auth-enc.</translation>
        </message>
        <message>
            <source>Next invocation counter to use (default 1).</source>
            <translation>Next invocation counter to use (default 1).</translation>
        </message>
        <message>
            <source>Seconds to wait for an answer (default 30).</source>
            <translation>Seconds to wait for an answer (default 30).</translation>
        </message>
        <message>
            <source>give exactly one of --tcp, --serial or --optical</source>
            <translation>give exactly one of --tcp, --serial or --optical</translation>
        </message>
        <message>
            <source>--parity must be none, even or odd</source>
            <translation>--parity must be none, even or odd</translation>
        </message>
        <message>
            <source>--optical: DLMS over the optical probe (mode E) is not available in this build yet; use imsdesk-cli optical read for IEC 62056-21 readout</source>
            <translation>--optical: DLMS over the optical probe (mode E) is not available in this build yet; use imsdesk-cli optical read for IEC 62056-21 readout</translation>
        </message>
        <message>
            <source>--auth must be none, low or hls-gmac</source>
            <translation>--auth must be none, low or hls-gmac</translation>
        </message>
        <message>
            <source>--security must be none, auth, enc or auth-enc</source>
            <translation>--security must be none, auth, enc or auth-enc</translation>
        </message>
        <message>
            <source>--auth low needs --password</source>
            <translation>--auth low needs --password</translation>
        </message>
    </context>
    <context>
        <name>CosemReferenceText</name>
        <message>
            <source>"%1": the class id before '/' is not a number</source>
            <translation>"%1": the class id before '/' is not a number</translation>
        </message>
        <message>
            <source>"%1": expected OBIS:INDEX, e.g. 0.0.1.0.0.255:2</source>
            <translation>"%1": expected OBIS:INDEX, e.g. 0.0.1.0.0.255:2</translation>
        </message>
        <message>
            <source>"%1": %2</source>
            <translation>"%1": %2</translation>
        </message>
    </context>
    <context>
        <name>CosemServer</name>
        <message>
            <source>no security context</source>
            <translation>no security context</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>the database driver %1 is not available</source>
            <translation>the database driver %1 is not available</translation>
        </message>
        <message>
            <source>cannot open the database %1: %2</source>
            <translation>cannot open the database %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DbCommands</name>
        <message>
            <source>Local database maintenance.</source>
            <translation>Local database maintenance.</translation>
        </message>
        <message>
            <source>Database file.</source>
            <translation>Database file.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Print JSON.</translation>
        </message>
        <message>
            <source>Backup file to write.</source>
            <translation>Backup file to write.</translation>
        </message>
        <message>
            <source>Backup file to restore.</source>
            <translation>Backup file to restore.</translation>
        </message>
        <message>
            <source>Synthetic meters.</source>
            <translation>Synthetic meters.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Synthetic days (batches).</source>
            <translation>Synthetic days (batches).</translation>
        </message>
        <message>
            <source>First synthetic day, days since 1970-01-01.</source>
            <translation>First synthetic day, days since 1970-01-01.</translation>
        </message>
        <message>
            <source>DAY</source>
            <translation>DAY</translation>
        </message>
        <message>
            <source>stats, verify, backup or restore</source>
            <translation>stats, verify, backup or restore</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli db stats|verify|backup|restore --db FILE [--to FILE | --from FILE] [--json]</source>
            <translation>usage: imsdesk-cli db stats|verify|backup|restore --db FILE [--to FILE | --from FILE] [--json]</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>no database at %1</translation>
        </message>
        <message>
            <source>backup needs --to FILE</source>
            <translation>backup needs --to FILE</translation>
        </message>
        <message>
            <source>restore needs --from FILE</source>
            <translation>restore needs --from FILE</translation>
        </message>
        <message>
            <source>unknown db command "%1"</source>
            <translation>unknown db command "%1"</translation>
        </message>
        <message>
            <source>schema version</source>
            <translation>schema version</translation>
        </message>
        <message>
            <source>sites</source>
            <translation>sites</translation>
        </message>
        <message>
            <source>substations</source>
            <translation>substations</translation>
        </message>
        <message>
            <source>routers</source>
            <translation>routers</translation>
        </message>
        <message>
            <source>meters</source>
            <translation>meters</translation>
        </message>
        <message>
            <source>interval values</source>
            <translation>interval values</translation>
        </message>
        <message>
            <source>register snapshots</source>
            <translation>register snapshots</translation>
        </message>
        <message>
            <source>events</source>
            <translation>events</translation>
        </message>
        <message>
            <source>alarms</source>
            <translation>alarms</translation>
        </message>
        <message>
            <source>open alarms</source>
            <translation>open alarms</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>conflicts</translation>
        </message>
        <message>
            <source>sealed blocks</source>
            <translation>sealed blocks</translation>
        </message>
        <message>
            <source>size, bytes</source>
            <translation>size, bytes</translation>
        </message>
        <message>
            <source>verified: %1 rows in %2 blocks, no changes found</source>
            <translation>verified: %1 rows in %2 blocks, no changes found</translation>
        </message>
        <message numerus="yes">
            <source>NOT VERIFIED: %n problem(s) found</source>
            <translation>
                <numerusform>NOT VERIFIED: %n problem(s) found</numerusform>
                <numerusform>NOT VERIFIED: %n problem(s) found</numerusform>
            </translation>
        </message>
        <message>
            <source>backup written to %1</source>
            <translation>backup written to %1</translation>
        </message>
        <message>
            <source>restored from %1</source>
            <translation>restored from %1</translation>
        </message>
        <message>
            <source>need at least 2 meters and 1 day</source>
            <translation>need at least 2 meters and 1 day</translation>
        </message>
        <message>
            <source>database: stats, verify, backup, restore</source>
            <translation>database: stats, verify, backup, restore</translation>
        </message>
    </context>
    <context>
        <name>DisconnectControl</name>
        <message>
            <source>control state %1 is not defined (0..2)</source>
            <translation>control state %1 is not defined (0..2)</translation>
        </message>
        <message>
            <source>control mode %1 is not defined (0..6)</source>
            <translation>control mode %1 is not defined (0..6)</translation>
        </message>
        <message>
            <source>the disconnect control has no attribute %1</source>
            <translation>the disconnect control has no attribute %1</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>disconnected</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>connected</translation>
        </message>
        <message>
            <source>ready for reconnection</source>
            <translation>ready for reconnection</translation>
        </message>
        <message>
            <source>control state %1</source>
            <translation>control state %1</translation>
        </message>
        <message>
            <source>Mode 0: the relay always stays connected.</source>
            <translation>Mode 0: the relay always stays connected.</translation>
        </message>
        <message>
            <source>Mode 1: disconnection remote, by the button or by the meter itself; a remote reconnection only permits it, the subscriber closes the relay with the button.</source>
            <translation>Mode 1: disconnection remote, by the button or by the meter itself; a remote reconnection only permits it, the subscriber closes the relay with the button.</translation>
        </message>
        <message>
            <source>Mode 2: disconnection remote, by the button or by the meter itself; a remote reconnection closes the relay directly.</source>
            <translation>Mode 2: disconnection remote, by the button or by the meter itself; a remote reconnection closes the relay directly.</translation>
        </message>
        <message>
            <source>Mode 3: disconnection remote or by the meter itself, not by the button; a remote reconnection only permits it, the subscriber closes the relay with the button.</source>
            <translation>Mode 3: disconnection remote or by the meter itself, not by the button; a remote reconnection only permits it, the subscriber closes the relay with the button.</translation>
        </message>
        <message>
            <source>Mode 4: disconnection remote or by the meter itself, not by the button; a remote reconnection closes the relay directly.</source>
            <translation>Mode 4: disconnection remote or by the meter itself, not by the button; a remote reconnection closes the relay directly.</translation>
        </message>
        <message>
            <source>Mode 5: as mode 1, and the meter also reconnects by itself when the cause of a local disconnection is gone.</source>
            <translation>Mode 5: as mode 1, and the meter also reconnects by itself when the cause of a local disconnection is gone.</translation>
        </message>
        <message>
            <source>Mode 6: as mode 3, and the meter also reconnects by itself when the cause of a local disconnection is gone.</source>
            <translation>Mode 6: as mode 3, and the meter also reconnects by itself when the cause of a local disconnection is gone.</translation>
        </message>
        <message>
            <source>Control mode %1 is not defined.</source>
            <translation>Control mode %1 is not defined.</translation>
        </message>
    </context>
    <context>
        <name>DlmsCommand</name>
        <message>
            <source>%1 is not in the device's object list</source>
            <translation>%1 is not in the device's object list</translation>
        </message>
        <message>
            <source>the value must be typed JSON such as {"type":"long-unsigned","value":15}</source>
            <translation>the value must be typed JSON such as {"type":"long-unsigned","value":15}</translation>
        </message>
        <message>
            <source>--%1: "%2" is not an ISO 8601 time</source>
            <translation>--%1: "%2" is not an ISO 8601 time</translation>
        </message>
        <message>
            <source>get needs at least one OBIS:ATTR</source>
            <translation>get needs at least one OBIS:ATTR</translation>
        </message>
        <message>
            <source>profile needs one OBIS, e.g. 1.0.99.1.0.255</source>
            <translation>profile needs one OBIS, e.g. 1.0.99.1.0.255</translation>
        </message>
        <message>
            <source>%1 is not a column of %2</source>
            <translation>%1 is not a column of %2</translation>
        </message>
        <message>
            <source>--columns needs --from or --to (a range read)</source>
            <translation>--columns needs --from or --to (a range read)</translation>
        </message>
        <message>
            <source>usage: set OBIS:ATTR JSON-VALUE</source>
            <translation>usage: set OBIS:ATTR JSON-VALUE</translation>
        </message>
        <message>
            <source>usage: action OBIS:METHOD [JSON-PARAM]</source>
            <translation>usage: action OBIS:METHOD [JSON-PARAM]</translation>
        </message>
        <message>
            <source>%1:%2 written</source>
            <translation>%1:%2 written</translation>
        </message>
        <message>
            <source>%1 method %2 done</source>
            <translation>%1 method %2 done</translation>
        </message>
        <message>
            <source>One JSON object per line.</source>
            <translation>One JSON object per line.</translation>
        </message>
        <message>
            <source>Write every frame to stderr.</source>
            <translation>Write every frame to stderr.</translation>
        </message>
        <message>
            <source>Profile range start (ISO 8601).</source>
            <translation>Profile range start (ISO 8601).</translation>
        </message>
        <message>
            <source>Profile range end (ISO 8601).</source>
            <translation>Profile range end (ISO 8601).</translation>
        </message>
        <message>
            <source>Profile columns to read, comma-separated OBIS codes.</source>
            <translation>Profile columns to read, comma-separated OBIS codes.</translation>
        </message>
        <message>
            <source>get, set, action, profile or objects</source>
            <translation>get, set, action, profile or objects</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli dlms get|set|action|profile|objects [options]; see imsdesk-cli dlms --help</source>
            <translation>usage: imsdesk-cli dlms get|set|action|profile|objects [options]; see imsdesk-cli dlms --help</translation>
        </message>
    </context>
    <context>
        <name>DomainStore</name>
        <message>
            <source>meter %1: transformer ratios must be positive</source>
            <translation>meter %1: transformer ratios must be positive</translation>
        </message>
        <message>
            <source>no meter %1</source>
            <translation>no meter %1</translation>
        </message>
        <message>
            <source>no balance group %1</source>
            <translation>no balance group %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorApdu</name>
        <message>
            <source>exception: %1, %2</source>
            <translation>exception: %1, %2</translation>
        </message>
        <message>
            <source> (expected invocation counter %1)</source>
            <translation> (expected invocation counter %1)</translation>
        </message>
        <message>
            <source>confirmed service error: %1</source>
            <translation>confirmed service error: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldReader</name>
        <message>
            <source>expected %1, got %2</source>
            <translation>expected %1, got %2</translation>
        </message>
        <message>
            <source>expected a structure of %1 members, got %2</source>
            <translation>expected a structure of %1 members, got %2</translation>
        </message>
        <message>
            <source>expected array, got %1</source>
            <translation>expected array, got %1</translation>
        </message>
        <message>
            <source>%1 elements, at most %2 allowed</source>
            <translation>%1 elements, at most %2 allowed</translation>
        </message>
        <message>
            <source>expected an octet-string of %1 octets, got %2</source>
            <translation>expected an octet-string of %1 octets, got %2</translation>
        </message>
        <message>
            <source>octets %1 are not a valid date-time</source>
            <translation>octets %1 are not a valid date-time</translation>
        </message>
        <message>
            <source>octets %1 are not a valid date</source>
            <translation>octets %1 are not a valid date</translation>
        </message>
        <message>
            <source>octets %1 are not a valid time</source>
            <translation>octets %1 are not a valid time</translation>
        </message>
    </context>
    <context>
        <name>Gcm</name>
        <message>
            <source>AES-128 key must be 16 bytes, got %1</source>
            <translation>AES-128 key must be 16 bytes, got %1</translation>
        </message>
        <message>
            <source>GCM IV must be 12 bytes, got %1</source>
            <translation>GCM IV must be 12 bytes, got %1</translation>
        </message>
        <message>
            <source>OpenSSL AES-GCM operation failed</source>
            <translation>OpenSSL AES-GCM operation failed</translation>
        </message>
        <message>
            <source>data too large for AES-GCM</source>
            <translation>data too large for AES-GCM</translation>
        </message>
        <message>
            <source>GCM tag must be 12 bytes, got %1</source>
            <translation>GCM tag must be 12 bytes, got %1</translation>
        </message>
        <message>
            <source>authentication tag mismatch: wrong key or tampered data</source>
            <translation>authentication tag mismatch: wrong key or tampered data</translation>
        </message>
    </context>
    <context>
        <name>GetApdu</name>
        <message>
            <source>DataBlock-G result choice %1 is neither raw-data nor result</source>
            <translation>DataBlock-G result choice %1 is neither raw-data nor result</translation>
        </message>
    </context>
    <context>
        <name>HdlcAddress</name>
        <message>
            <source>HDLC address %1/%2 does not fit in %3 byte(s)</source>
            <translation>HDLC address %1/%2 does not fit in %3 byte(s)</translation>
        </message>
        <message>
            <source>HDLC address size %1 is not 1, 2 or 4</source>
            <translation>HDLC address size %1 is not 1, 2 or 4</translation>
        </message>
        <message>
            <source>HDLC address does not end within 4 bytes</source>
            <translation>HDLC address does not end within 4 bytes</translation>
        </message>
        <message>
            <source>HDLC address of 3 bytes</source>
            <translation>HDLC address of 3 bytes</translation>
        </message>
        <message>
            <source>HDLC address cut short</source>
            <translation>HDLC address cut short</translation>
        </message>
    </context>
    <context>
        <name>HdlcLlc</name>
        <message>
            <source>I-frame without the LLC header E6 E6/E7 00</source>
            <translation>I-frame without the LLC header E6 E6/E7 00</translation>
        </message>
    </context>
    <context>
        <name>HdlcParameters</name>
        <message>
            <source>HDLC parameters do not start with 81 80</source>
            <translation>HDLC parameters do not start with 81 80</translation>
        </message>
        <message>
            <source>HDLC parameter runs past the end of the field</source>
            <translation>HDLC parameter runs past the end of the field</translation>
        </message>
        <message>
            <source>HDLC parameter value of %1 bytes</source>
            <translation>HDLC parameter value of %1 bytes</translation>
        </message>
    </context>
    <context>
        <name>HdlcParser</name>
        <message>
            <source>HDLC frame cut short: the line fell silent</source>
            <translation>HDLC frame cut short: the line fell silent</translation>
        </message>
        <message>
            <source>HDLC frame format type %1 instead of 3 (0xA)</source>
            <translation>HDLC frame format type %1 instead of 3 (0xA)</translation>
        </message>
        <message>
            <source>HDLC frame length %1 exceeds the limit of %2</source>
            <translation>HDLC frame length %1 exceeds the limit of %2</translation>
        </message>
        <message>
            <source>HDLC frame length %1 does not match its header</source>
            <translation>HDLC frame length %1 does not match its header</translation>
        </message>
        <message>
            <source>HDLC header checksum (HCS) mismatch</source>
            <translation>HDLC header checksum (HCS) mismatch</translation>
        </message>
        <message>
            <source>HDLC frame of length %1 is not followed by a flag</source>
            <translation>HDLC frame of length %1 is not followed by a flag</translation>
        </message>
        <message>
            <source>HDLC frame checksum (FCS) mismatch</source>
            <translation>HDLC frame checksum (FCS) mismatch</translation>
        </message>
    </context>
    <context>
        <name>HdlcReassembler</name>
        <message>
            <source>segmented HDLC data of %1+ bytes exceeds the limit of %2</source>
            <translation>segmented HDLC data of %1+ bytes exceeds the limit of %2</translation>
        </message>
    </context>
    <context>
        <name>HdlcSetup</name>
        <message>
            <source>baud rate code %1 is not defined (0..9)</source>
            <translation>baud rate code %1 is not defined (0..9)</translation>
        </message>
        <message>
            <source>the HDLC setup has no attribute %1</source>
            <translation>the HDLC setup has no attribute %1</translation>
        </message>
        <message>
            <source>%1 is %2, the allowed range is 1 to 7</source>
            <translation>%1 is %2, the allowed range is 1 to 7</translation>
        </message>
        <message>
            <source>%1 is %2, the allowed range is 32 to 2030</source>
            <translation>%1 is %2, the allowed range is 32 to 2030</translation>
        </message>
        <message>
            <source>%1 is %2, the allowed range is 20 to 6000</source>
            <translation>%1 is %2, the allowed range is 20 to 6000</translation>
        </message>
    </context>
    <context>
        <name>HdlcStation</name>
        <message>
            <source>cannot encode %1</source>
            <translation>cannot encode %1</translation>
        </message>
        <message>
            <source>a server station does not connect</source>
            <translation>a server station does not connect</translation>
        </message>
        <message>
            <source>HDLC link is not connected</source>
            <translation>HDLC link is not connected</translation>
        </message>
        <message>
            <source>no HDLC response after %1 retries</source>
            <translation>no HDLC response after %1 retries</translation>
        </message>
        <message>
            <source>the meter answered DM (disconnected mode)</source>
            <translation>the meter answered DM (disconnected mode)</translation>
        </message>
        <message>
            <source>the meter rejected a frame (FRMR %1)</source>
            <translation>the meter rejected a frame (FRMR %1)</translation>
        </message>
    </context>
    <context>
        <name>HlsGmac</name>
        <message>
            <source>HLS challenge must be 8..64 bytes, not %1</source>
            <translation>HLS challenge must be 8..64 bytes, not %1</translation>
        </message>
        <message>
            <source>the random number generator failed</source>
            <translation>the random number generator failed</translation>
        </message>
        <message>
            <source>system title must be 8 bytes</source>
            <translation>system title must be 8 bytes</translation>
        </message>
        <message>
            <source>HLS-GMAC response has %1 bytes, expected 17</source>
            <translation>HLS-GMAC response has %1 bytes, expected 17</translation>
        </message>
        <message>
            <source>HLS-GMAC response has security control 0x%1</source>
            <translation>HLS-GMAC response has security control 0x%1</translation>
        </message>
        <message>
            <source>HLS-GMAC: the peer's answer to our challenge does not verify</source>
            <translation>HLS-GMAC: the peer's answer to our challenge does not verify</translation>
        </message>
    </context>
    <context>
        <name>Iec21DataSets</name>
        <message>
            <source>"%1" has two decimal points.</source>
            <translation>"%1" has two decimal points.</translation>
        </message>
        <message>
            <source>"%1" is not a decimal number.</source>
            <translation>"%1" is not a decimal number.</translation>
        </message>
        <message>
            <source>"%1" has too many digits.</source>
            <translation>"%1" has too many digits.</translation>
        </message>
        <message>
            <source>A value bracket is not closed.</source>
            <translation>A value bracket is not closed.</translation>
        </message>
        <message>
            <source>A value is longer than %1 characters.</source>
            <translation>A value is longer than %1 characters.</translation>
        </message>
        <message>
            <source>A value holds a forbidden character.</source>
            <translation>A value holds a forbidden character.</translation>
        </message>
        <message>
            <source>More than %1 values in one message.</source>
            <translation>More than %1 values in one message.</translation>
        </message>
        <message>
            <source>A data set address is not followed by a value.</source>
            <translation>A data set address is not followed by a value.</translation>
        </message>
        <message>
            <source>A data set address is longer than %1 characters.</source>
            <translation>A data set address is longer than %1 characters.</translation>
        </message>
    </context>
    <context>
        <name>Iec21Messages</name>
        <message>
            <source>The identification message is too short or does not start with '/'.</source>
            <translation>The identification message is too short or does not start with '/'.</translation>
        </message>
        <message>
            <source>The identification message is too long.</source>
            <translation>The identification message is too long.</translation>
        </message>
        <message>
            <source>The identification message contains control characters.</source>
            <translation>The identification message contains control characters.</translation>
        </message>
        <message>
            <source>The manufacturer code "%1" is not three letters.</source>
            <translation>The manufacturer code "%1" is not three letters.</translation>
        </message>
        <message>
            <source>The identification has no baud rate character.</source>
            <translation>The identification has no baud rate character.</translation>
        </message>
        <message>
            <source>The device address is longer than 32 characters.</source>
            <translation>The device address is longer than 32 characters.</translation>
        </message>
        <message>
            <source>The device address may hold only letters, digits and spaces.</source>
            <translation>The device address may hold only letters, digits and spaces.</translation>
        </message>
        <message>
            <source>The block is too short.</source>
            <translation>The block is too short.</translation>
        </message>
        <message>
            <source>The block does not start with SOH/STX or does not end with ETX/EOT.</source>
            <translation>The block does not start with SOH/STX or does not end with ETX/EOT.</translation>
        </message>
        <message>
            <source>The block holds a second STX.</source>
            <translation>The block holds a second STX.</translation>
        </message>
        <message>
            <source>The command "%1" is not a letter and a character.</source>
            <translation>The command "%1" is not a letter and a character.</translation>
        </message>
        <message>
            <source>The block holds a control character inside its data.</source>
            <translation>The block holds a control character inside its data.</translation>
        </message>
        <message>
            <source>Block check character mismatch: received 0x%1, computed 0x%2.</source>
            <translation>Block check character mismatch: received 0x%1, computed 0x%2.</translation>
        </message>
        <message>
            <source>The option select message is not ACK V Z Y CR LF.</source>
            <translation>The option select message is not ACK V Z Y CR LF.</translation>
        </message>
        <message>
            <source>Unknown protocol control character '%1'.</source>
            <translation>Unknown protocol control character '%1'.</translation>
        </message>
        <message>
            <source>The option select has no baud rate character.</source>
            <translation>The option select has no baud rate character.</translation>
        </message>
        <message>
            <source>Unknown mode control character.</source>
            <translation>Unknown mode control character.</translation>
        </message>
        <message>
            <source>The sign-on request is not /?ADDRESS!.</source>
            <translation>The sign-on request is not /?ADDRESS!.</translation>
        </message>
        <message>
            <source>The device address holds a forbidden character.</source>
            <translation>The device address holds a forbidden character.</translation>
        </message>
    </context>
    <context>
        <name>IecLocalPortSetup</name>
        <message>
            <source>value %1 is not defined (0..%2)</source>
            <translation>value %1 is not defined (0..%2)</translation>
        </message>
        <message>
            <source>the local port setup has no attribute %1</source>
            <translation>the local port setup has no attribute %1</translation>
        </message>
    </context>
    <context>
        <name>Initiate</name>
        <message>
            <source>conformance block header is %1, expected 5F 1F 04 00</source>
            <translation>conformance block header is %1, expected 5F 1F 04 00</translation>
        </message>
        <message>
            <source>expected xDLMS tag 0x%1, found 0x%2</source>
            <translation>expected xDLMS tag 0x%1, found 0x%2</translation>
        </message>
    </context>
    <context>
        <name>IntegrityVerifier</name>
        <message>
            <source>interval values, meter %1, channel %2, interval ending %3</source>
            <translation>interval values, meter %1, channel %2, interval ending %3</translation>
        </message>
        <message>
            <source>register snapshots, meter %1, taken at %2</source>
            <translation>register snapshots, meter %1, taken at %2</translation>
        </message>
        <message>
            <source>%1: value changed outside ImsDesk</source>
            <translation>%1: value changed outside ImsDesk</translation>
        </message>
        <message>
            <source>%1: row deleted outside ImsDesk</source>
            <translation>%1: row deleted outside ImsDesk</translation>
        </message>
        <message>
            <source>%1: row added outside ImsDesk</source>
            <translation>%1: row added outside ImsDesk</translation>
        </message>
        <message>
            <source>%1: day block altered</source>
            <translation>%1: day block altered</translation>
        </message>
        <message>
            <source>%1: hash chain broken at this day</source>
            <translation>%1: hash chain broken at this day</translation>
        </message>
        <message>
            <source>%1: seal record unreadable</source>
            <translation>%1: seal record unreadable</translation>
        </message>
    </context>
    <context>
        <name>Limiter</name>
        <message>
            <source>a threshold must be a simple value, got %1</source>
            <translation>a threshold must be a simple value, got %1</translation>
        </message>
        <message>
            <source>the limiter has no attribute %1</source>
            <translation>the limiter has no attribute %1</translation>
        </message>
    </context>
    <context>
        <name>LinkSettings</name>
        <message>
            <source>"%1": expected tcp:[IPv6]:PORT</source>
            <translation>"%1": expected tcp:[IPv6]:PORT</translation>
        </message>
        <message>
            <source>"%1": expected tcp:HOST:PORT</source>
            <translation>"%1": expected tcp:HOST:PORT</translation>
        </message>
        <message>
            <source>"%1": write an IPv6 address in brackets, tcp:[::1]:PORT</source>
            <translation>"%1": write an IPv6 address in brackets, tcp:[::1]:PORT</translation>
        </message>
        <message>
            <source>"%1": the host name is empty</source>
            <translation>"%1": the host name is empty</translation>
        </message>
        <message>
            <source>"%1": the port must be a number from 1 to 65535</source>
            <translation>"%1": the port must be a number from 1 to 65535</translation>
        </message>
        <message>
            <source>"%1": the serial device is empty</source>
            <translation>"%1": the serial device is empty</translation>
        </message>
        <message>
            <source>"%1": baud rate %2 is outside %3..%4</source>
            <translation>"%1": baud rate %2 is outside %3..%4</translation>
        </message>
        <message>
            <source>"%1": only 7 or 8 data bits are supported</source>
            <translation>"%1": only 7 or 8 data bits are supported</translation>
        </message>
        <message>
            <source>"%1": the inter-frame gap may be at most %2 ms</source>
            <translation>"%1": the inter-frame gap may be at most %2 ms</translation>
        </message>
        <message>
            <source>"%1": unexpected "%2"; expected serial:DEV[:BAUD[:8N1]][:rtscts|xonxoff][:gap=MS][:echo]</source>
            <translation>"%1": unexpected "%2"; expected serial:DEV[:BAUD[:8N1]][:rtscts|xonxoff][:gap=MS][:echo]</translation>
        </message>
        <message>
            <source>"%1": the optical probe device is empty</source>
            <translation>"%1": the optical probe device is empty</translation>
        </message>
        <message>
            <source>"%1": expected optical:DEV[:MAXBAUD]</source>
            <translation>"%1": expected optical:DEV[:MAXBAUD]</translation>
        </message>
        <message>
            <source>"%1": the maximum baud rate must be a number from %2 to %3</source>
            <translation>"%1": the maximum baud rate must be a number from %2 to %3</translation>
        </message>
        <message>
            <source>"%1": expected tcp:HOST:PORT, serial:DEV[:BAUD[:8N1]], optical:DEV or memory:NAME</source>
            <translation>"%1": expected tcp:HOST:PORT, serial:DEV[:BAUD[:8N1]], optical:DEV or memory:NAME</translation>
        </message>
        <message>
            <source>"%1": the memory link name is empty</source>
            <translation>"%1": the memory link name is empty</translation>
        </message>
        <message>
            <source>"%1": unknown link type "%2"; expected tcp, serial, optical or memory</source>
            <translation>"%1": unknown link type "%2"; expected tcp, serial, optical or memory</translation>
        </message>
    </context>
    <context>
        <name>MetersCommand</name>
        <message>
            <source>Database file.</source>
            <translation>Database file.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Print JSON.</translation>
        </message>
        <message>
            <source>Only meters whose serial, model, plot or subscriber contains TEXT.</source>
            <translation>Only meters whose serial, model, plot or subscriber contains TEXT.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli meters --db FILE [--filter TEXT] [--json]</source>
            <translation>usage: imsdesk-cli meters --db FILE [--filter TEXT] [--json]</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>no database at %1</translation>
        </message>
        <message>
            <source>list the meters of a database</source>
            <translation>list the meters of a database</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>schema version %1 is unknown to this program</source>
            <translation>schema version %1 is unknown to this program</translation>
        </message>
        <message>
            <source>the database has schema version %1, newer than this program's %2</source>
            <translation>the database has schema version %1, newer than this program's %2</translation>
        </message>
        <message>
            <source>migration to version %1 failed: %2</source>
            <translation>migration to version %1 failed: %2</translation>
        </message>
    </context>
    <context>
        <name>Obis</name>
        <message>
            <source>"%1" is not a full OBIS code A.B.C.D.E.F or A-B:C.D.E*F</source>
            <translation>"%1" is not a full OBIS code A.B.C.D.E.F or A-B:C.D.E*F</translation>
        </message>
        <message>
            <source>"%1" is not a full OBIS code: group %2 must be 0..255</source>
            <translation>"%1" is not a full OBIS code: group %2 must be 0..255</translation>
        </message>
        <message>
            <source>an OBIS code is 6 bytes, got %1</source>
            <translation>an OBIS code is 6 bytes, got %1</translation>
        </message>
    </context>
    <context>
        <name>ObjectListElement</name>
        <message>
            <source>authenticated request</source>
            <translation>authenticated request</translation>
        </message>
        <message>
            <source>encrypted request</source>
            <translation>encrypted request</translation>
        </message>
        <message>
            <source>digitally signed request</source>
            <translation>digitally signed request</translation>
        </message>
        <message>
            <source>authenticated response</source>
            <translation>authenticated response</translation>
        </message>
        <message>
            <source>encrypted response</source>
            <translation>encrypted response</translation>
        </message>
        <message>
            <source>digitally signed response</source>
            <translation>digitally signed response</translation>
        </message>
        <message>
            <source>no-access</source>
            <translation>no-access</translation>
        </message>
        <message>
            <source>read</source>
            <translation>read</translation>
        </message>
        <message>
            <source>write</source>
            <translation>write</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message>
            <source>write-only</source>
            <translation>write-only</translation>
        </message>
        <message>
            <source>read-and-write</source>
            <translation>read-and-write</translation>
        </message>
        <message>
            <source>authenticated-read-only</source>
            <translation>authenticated-read-only</translation>
        </message>
        <message>
            <source>authenticated-write-only</source>
            <translation>authenticated-write-only</translation>
        </message>
        <message>
            <source>authenticated-read-and-write</source>
            <translation>authenticated-read-and-write</translation>
        </message>
        <message>
            <source>access mode %1</source>
            <translation>access mode %1</translation>
        </message>
        <message>
            <source>access</source>
            <translation>access</translation>
        </message>
        <message>
            <source>authenticated-access</source>
            <translation>authenticated-access</translation>
        </message>
    </context>
    <context>
        <name>PduReader</name>
        <message>
            <source>invalid A-XDR length prefix 0x%1</source>
            <translation>invalid A-XDR length prefix 0x%1</translation>
        </message>
        <message>
            <source>optional-field marker 0x%1 is neither 0 nor 1</source>
            <translation>optional-field marker 0x%1 is neither 0 nor 1</translation>
        </message>
        <message>
            <source>APDU ends after %1 bytes inside a field</source>
            <translation>APDU ends after %1 bytes inside a field</translation>
        </message>
        <message>
            <source>%1 unexpected bytes after the end of the APDU</source>
            <translation>%1 unexpected bytes after the end of the APDU</translation>
        </message>
    </context>
    <context>
        <name>ProfileGeneric</name>
        <message>
            <source>sort method %1 is not defined (1..6)</source>
            <translation>sort method %1 is not defined (1..6)</translation>
        </message>
    </context>
    <context>
        <name>ProfileQuery</name>
        <message>
            <source>nothing to aggregate</source>
            <translation>nothing to aggregate</translation>
        </message>
    </context>
    <context>
        <name>Pty</name>
        <message>
            <source>cannot create a pseudo-terminal: %1 failed: %2</source>
            <translation>cannot create a pseudo-terminal: %1 failed: %2</translation>
        </message>
    </context>
    <context>
        <name>ReadoutSession</name>
        <message>
            <source>The meter's answer stopped before its end (no ETX) while %1; %2 bytes received.</source>
            <translation>The meter's answer stopped before its end (no ETX) while %1; %2 bytes received.</translation>
        </message>
        <message>
            <source>The meter answered with unreadable bytes (garbage) while %1. Check the probe's position and shield it from light.</source>
            <translation>The meter answered with unreadable bytes (garbage) while %1. Check the probe's position and shield it from light.</translation>
        </message>
        <message>
            <source>No answer from the meter while %1. Check the probe's position, the meter address and that the optical port is not locked.</source>
            <translation>No answer from the meter while %1. Check the probe's position, the meter address and that the optical port is not locked.</translation>
        </message>
        <message>
            <source>No answer from the meter while %1.</source>
            <translation>No answer from the meter while %1.</translation>
        </message>
        <message>
            <source>waiting for the identification after sign-on</source>
            <translation>waiting for the identification after sign-on</translation>
        </message>
        <message>
            <source>waiting for the data readout</source>
            <translation>waiting for the data readout</translation>
        </message>
        <message>
            <source>waiting for the password prompt (P0)</source>
            <translation>waiting for the password prompt (P0)</translation>
        </message>
        <message>
            <source>waiting for the password acknowledgement</source>
            <translation>waiting for the password acknowledgement</translation>
        </message>
        <message>
            <source>waiting for the value of %1</source>
            <translation>waiting for the value of %1</translation>
        </message>
        <message>
            <source>waiting for a value</source>
            <translation>waiting for a value</translation>
        </message>
        <message>
            <source>switching to mode E</source>
            <translation>switching to mode E</translation>
        </message>
        <message>
            <source>The meter's identification is unreadable (garbage or no CR LF).</source>
            <translation>The meter's identification is unreadable (garbage or no CR LF).</translation>
        </message>
        <message>
            <source>The meter's identification is unreadable: %1</source>
            <translation>The meter's identification is unreadable: %1</translation>
        </message>
        <message>
            <source>The meter speaks protocol mode %1 only; programming mode and mode E need mode C.</source>
            <translation>The meter speaks protocol mode %1 only; programming mode and mode E need mode C.</translation>
        </message>
        <message>
            <source>The meter does not offer mode E (no \2 in its identification "%1").</source>
            <translation>The meter does not offer mode E (no \2 in its identification "%1").</translation>
        </message>
        <message>
            <source>The meter's answer is longer than %1 bytes while %2.</source>
            <translation>The meter's answer is longer than %1 bytes while %2.</translation>
        </message>
        <message>
            <source>Wrong block check character (BCC) in the meter's answer while %1, still wrong after %2 repetitions. %3</source>
            <translation>Wrong block check character (BCC) in the meter's answer while %1, still wrong after %2 repetitions. %3</translation>
        </message>
        <message>
            <source>Damaged answer from the meter while %1, still damaged after %2 repetitions. %3</source>
            <translation>Damaged answer from the meter while %1, still damaged after %2 repetitions. %3</translation>
        </message>
        <message>
            <source>The meter refused the password (NAK).</source>
            <translation>The meter refused the password (NAK).</translation>
        </message>
        <message>
            <source>The meter rejected our message (NAK) %1 times while %2.</source>
            <translation>The meter rejected our message (NAK) %1 times while %2.</translation>
        </message>
        <message>
            <source>The meter acknowledged the request without a value.</source>
            <translation>The meter acknowledged the request without a value.</translation>
        </message>
        <message>
            <source>Unexpected ACK or NAK from the meter while %1.</source>
            <translation>Unexpected ACK or NAK from the meter while %1.</translation>
        </message>
        <message>
            <source>The meter ended the session (B0) while %1.</source>
            <translation>The meter ended the session (B0) while %1.</translation>
        </message>
        <message>
            <source>Expected the data message, the meter sent command %1.</source>
            <translation>Expected the data message, the meter sent command %1.</translation>
        </message>
        <message>
            <source>Expected the password prompt P0 after the programming-mode option select.</source>
            <translation>Expected the password prompt P0 after the programming-mode option select.</translation>
        </message>
        <message>
            <source>The meter refused the password (%1).</source>
            <translation>The meter refused the password (%1).</translation>
        </message>
        <message>
            <source>Expected a value, the meter sent command %1 while %2.</source>
            <translation>Expected a value, the meter sent command %1 while %2.</translation>
        </message>
        <message>
            <source>The meter's answer is longer than %1 bytes.</source>
            <translation>The meter's answer is longer than %1 bytes.</translation>
        </message>
        <message>
            <source>The data readout is unreadable: %1</source>
            <translation>The data readout is unreadable: %1</translation>
        </message>
        <message>
            <source>The meter answered error %1.</source>
            <translation>The meter answered error %1.</translation>
        </message>
        <message>
            <source>The value is unreadable: %1</source>
            <translation>The value is unreadable: %1</translation>
        </message>
        <message>
            <source>The meter answered with register %1 instead.</source>
            <translation>The meter answered with register %1 instead.</translation>
        </message>
    </context>
    <context>
        <name>RegisterMonitor</name>
        <message>
            <source>a threshold must be a simple value, got %1</source>
            <translation>a threshold must be a simple value, got %1</translation>
        </message>
        <message>
            <source>the register monitor has no attribute %1</source>
            <translation>the register monitor has no attribute %1</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>readings must be kept at least %1 days (3.5 years)</source>
            <translation>readings must be kept at least %1 days (3.5 years)</translation>
        </message>
    </context>
    <context>
        <name>ScalerUnit</name>
        <message>
            <source>%1 does not fit a 64-bit integer count of 10^%2</source>
            <translation>%1 does not fit a 64-bit integer count of 10^%2</translation>
        </message>
        <message>
            <source>%1 cannot be expressed exactly in units of 10^%2</source>
            <translation>%1 cannot be expressed exactly in units of 10^%2</translation>
        </message>
        <message>
            <source>register value %1 exceeds the signed 64-bit range</source>
            <translation>register value %1 exceeds the signed 64-bit range</translation>
        </message>
        <message>
            <source>a register value of type %1 cannot be scaled exactly</source>
            <translation>a register value of type %1 cannot be scaled exactly</translation>
        </message>
        <message>
            <source>a</source>
            <comment>unit: year</comment>
            <translation>a</translation>
        </message>
        <message>
            <source>mo</source>
            <comment>unit: month</comment>
            <translation>mo</translation>
        </message>
        <message>
            <source>wk</source>
            <comment>unit: week</comment>
            <translation>wk</translation>
        </message>
        <message>
            <source>d</source>
            <comment>unit: day</comment>
            <translation>d</translation>
        </message>
        <message>
            <source>h</source>
            <comment>unit: hour</comment>
            <translation>h</translation>
        </message>
        <message>
            <source>min</source>
            <comment>unit: minute</comment>
            <translation>min</translation>
        </message>
        <message>
            <source>s</source>
            <comment>unit: second</comment>
            <translation>s</translation>
        </message>
        <message>
            <source>°</source>
            <comment>unit: phase angle degree</comment>
            <translation>°</translation>
        </message>
        <message>
            <source>°C</source>
            <comment>unit</comment>
            <translation>°C</translation>
        </message>
        <message>
            <source>currency</source>
            <comment>unit: local currency</comment>
            <translation>currency</translation>
        </message>
        <message>
            <source>m</source>
            <comment>unit</comment>
            <translation>m</translation>
        </message>
        <message>
            <source>m/s</source>
            <comment>unit</comment>
            <translation>m/s</translation>
        </message>
        <message>
            <source>m³</source>
            <comment>unit</comment>
            <translation>m³</translation>
        </message>
        <message>
            <source>m³ (corrected)</source>
            <comment>unit</comment>
            <translation>m³ (corrected)</translation>
        </message>
        <message>
            <source>m³/h</source>
            <comment>unit</comment>
            <translation>m³/h</translation>
        </message>
        <message>
            <source>m³/h (corrected)</source>
            <comment>unit</comment>
            <translation>m³/h (corrected)</translation>
        </message>
        <message>
            <source>m³/d</source>
            <comment>unit</comment>
            <translation>m³/d</translation>
        </message>
        <message>
            <source>m³/d (corrected)</source>
            <comment>unit</comment>
            <translation>m³/d (corrected)</translation>
        </message>
        <message>
            <source>l</source>
            <comment>unit</comment>
            <translation>l</translation>
        </message>
        <message>
            <source>kg</source>
            <comment>unit</comment>
            <translation>kg</translation>
        </message>
        <message>
            <source>N</source>
            <comment>unit</comment>
            <translation>N</translation>
        </message>
        <message>
            <source>Nm</source>
            <comment>unit</comment>
            <translation>Nm</translation>
        </message>
        <message>
            <source>Pa</source>
            <comment>unit</comment>
            <translation>Pa</translation>
        </message>
        <message>
            <source>bar</source>
            <comment>unit</comment>
            <translation>bar</translation>
        </message>
        <message>
            <source>J</source>
            <comment>unit</comment>
            <translation>J</translation>
        </message>
        <message>
            <source>J/h</source>
            <comment>unit</comment>
            <translation>J/h</translation>
        </message>
        <message>
            <source>W</source>
            <comment>unit</comment>
            <translation>W</translation>
        </message>
        <message>
            <source>VA</source>
            <comment>unit</comment>
            <translation>VA</translation>
        </message>
        <message>
            <source>var</source>
            <comment>unit</comment>
            <translation>var</translation>
        </message>
        <message>
            <source>Wh</source>
            <comment>unit</comment>
            <translation>Wh</translation>
        </message>
        <message>
            <source>VAh</source>
            <comment>unit</comment>
            <translation>VAh</translation>
        </message>
        <message>
            <source>varh</source>
            <comment>unit</comment>
            <translation>varh</translation>
        </message>
        <message>
            <source>A</source>
            <comment>unit</comment>
            <translation>A</translation>
        </message>
        <message>
            <source>C</source>
            <comment>unit: coulomb</comment>
            <translation>C</translation>
        </message>
        <message>
            <source>V</source>
            <comment>unit</comment>
            <translation>V</translation>
        </message>
        <message>
            <source>V/m</source>
            <comment>unit</comment>
            <translation>V/m</translation>
        </message>
        <message>
            <source>F</source>
            <comment>unit</comment>
            <translation>F</translation>
        </message>
        <message>
            <source>Ω</source>
            <comment>unit</comment>
            <translation>Ω</translation>
        </message>
        <message>
            <source>Ωm²/m</source>
            <comment>unit</comment>
            <translation>Ωm²/m</translation>
        </message>
        <message>
            <source>Wb</source>
            <comment>unit</comment>
            <translation>Wb</translation>
        </message>
        <message>
            <source>T</source>
            <comment>unit</comment>
            <translation>T</translation>
        </message>
        <message>
            <source>A/m</source>
            <comment>unit</comment>
            <translation>A/m</translation>
        </message>
        <message>
            <source>H</source>
            <comment>unit</comment>
            <translation>H</translation>
        </message>
        <message>
            <source>Hz</source>
            <comment>unit</comment>
            <translation>Hz</translation>
        </message>
        <message>
            <source>1/(Wh)</source>
            <comment>unit</comment>
            <translation>1/(Wh)</translation>
        </message>
        <message>
            <source>1/(varh)</source>
            <comment>unit</comment>
            <translation>1/(varh)</translation>
        </message>
        <message>
            <source>1/(VAh)</source>
            <comment>unit</comment>
            <translation>1/(VAh)</translation>
        </message>
        <message>
            <source>V²h</source>
            <comment>unit</comment>
            <translation>V²h</translation>
        </message>
        <message>
            <source>A²h</source>
            <comment>unit</comment>
            <translation>A²h</translation>
        </message>
        <message>
            <source>kg/s</source>
            <comment>unit</comment>
            <translation>kg/s</translation>
        </message>
        <message>
            <source>S</source>
            <comment>unit</comment>
            <translation>S</translation>
        </message>
        <message>
            <source>K</source>
            <comment>unit</comment>
            <translation>K</translation>
        </message>
        <message>
            <source>1/(V²h)</source>
            <comment>unit</comment>
            <translation>1/(V²h)</translation>
        </message>
        <message>
            <source>1/(A²h)</source>
            <comment>unit</comment>
            <translation>1/(A²h)</translation>
        </message>
        <message>
            <source>1/m³</source>
            <comment>unit</comment>
            <translation>1/m³</translation>
        </message>
        <message>
            <source>%</source>
            <comment>unit</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Ah</source>
            <comment>unit</comment>
            <translation>Ah</translation>
        </message>
        <message>
            <source>Wh/m³</source>
            <comment>unit</comment>
            <translation>Wh/m³</translation>
        </message>
        <message>
            <source>J/m³</source>
            <comment>unit</comment>
            <translation>J/m³</translation>
        </message>
        <message>
            <source>mol %</source>
            <comment>unit</comment>
            <translation>mol %</translation>
        </message>
        <message>
            <source>g/m³</source>
            <comment>unit</comment>
            <translation>g/m³</translation>
        </message>
        <message>
            <source>Pa·s</source>
            <comment>unit</comment>
            <translation>Pa·s</translation>
        </message>
        <message>
            <source>J/kg</source>
            <comment>unit</comment>
            <translation>J/kg</translation>
        </message>
        <message>
            <source>g/cm²</source>
            <comment>unit</comment>
            <translation>g/cm²</translation>
        </message>
        <message>
            <source>atm</source>
            <comment>unit</comment>
            <translation>atm</translation>
        </message>
        <message>
            <source>dBm</source>
            <comment>unit</comment>
            <translation>dBm</translation>
        </message>
        <message>
            <source>dBµV</source>
            <comment>unit</comment>
            <translation>dBµV</translation>
        </message>
        <message>
            <source>dB</source>
            <comment>unit</comment>
            <translation>dB</translation>
        </message>
        <message>
            <source>other unit</source>
            <comment>unit</comment>
            <translation>other unit</translation>
        </message>
        <message>
            <source>unit %1</source>
            <translation>unit %1</translation>
        </message>
    </context>
    <context>
        <name>ScriptTable</name>
        <message>
            <source>service %1 is neither write attribute (1) nor execute method (2)</source>
            <translation>service %1 is neither write attribute (1) nor execute method (2)</translation>
        </message>
    </context>
    <context>
        <name>SealedTable</name>
        <message>
            <source>interval values</source>
            <translation>interval values</translation>
        </message>
        <message>
            <source>register snapshots</source>
            <translation>register snapshots</translation>
        </message>
    </context>
    <context>
        <name>SecurityContext</name>
        <message>
            <source>security suite 0 keys must be 16 bytes</source>
            <translation>security suite 0 keys must be 16 bytes</translation>
        </message>
        <message>
            <source>system title must be 8 bytes, got %1</source>
            <translation>system title must be 8 bytes, got %1</translation>
        </message>
        <message>
            <source>invocation counter exhausted: the key must be changed before sending more ciphered APDUs</source>
            <translation>invocation counter exhausted: the key must be changed before sending more ciphered APDUs</translation>
        </message>
        <message>
            <source>invocation counter %1 not greater than the last accepted %2 (replay)</source>
            <translation>invocation counter %1 not greater than the last accepted %2 (replay)</translation>
        </message>
    </context>
    <context>
        <name>SimOptions</name>
        <message>
            <source>Number of routers (substations).</source>
            <translation>Number of routers (substations).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Meters behind each router.</source>
            <translation>Meters behind each router.</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>TCP port of router 1; router k listens on P+k-1 (0: any free port, -1: no TCP).</source>
            <translation>TCP port of router 1; router k listens on P+k-1 (0: any free port, -1: no TCP).</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>Address to listen on.</source>
            <translation>Address to listen on.</translation>
        </message>
        <message>
            <source>ADDRESS</source>
            <translation>ADDRESS</translation>
        </message>
        <message>
            <source>Use the DLMS/COSEM wrapper on TCP (IEC 62056-47).</source>
            <translation>Use the DLMS/COSEM wrapper on TCP (IEC 62056-47).</translation>
        </message>
        <message>
            <source>Use HDLC on TCP (IEC 62056-46), the default.</source>
            <translation>Use HDLC on TCP (IEC 62056-46), the default.</translation>
        </message>
        <message>
            <source>Also serve every router on a pseudo-terminal, linked as DIR/routerN.</source>
            <translation>Also serve every router on a pseudo-terminal, linked as DIR/routerN.</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <source>PLC bit rate: 300, 4000 or 0 (unlimited).</source>
            <translation>PLC bit rate: 300, 4000 or 0 (unlimited).</translation>
        </message>
        <message>
            <source>BAUD</source>
            <translation>BAUD</translation>
        </message>
        <message>
            <source>Seed of the deterministic network and consumption.</source>
            <translation>Seed of the deterministic network and consumption.</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Probability that one PLC hop loses a frame (0..1).</source>
            <translation>Probability that one PLC hop loses a frame (0..1).</translation>
        </message>
        <message>
            <source>Simulated time at start, ISO 8601 (default: now).</source>
            <translation>Simulated time at start, ISO 8601 (default: now).</translation>
        </message>
        <message>
            <source>ISO8601</source>
            <translation>ISO8601</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>The built-in demo substation (1 router, 120 meters, theft, tamper, outages).</source>
            <translation>The built-in demo substation (1 router, 120 meters, theft, tamper, outages).</translation>
        </message>
        <message>
            <source>--routers wants a number from 1 to 10000</source>
            <translation>--routers wants a number from 1 to 10000</translation>
        </message>
        <message>
            <source>--meters-per-router wants a number from 0 to 12000</source>
            <translation>--meters-per-router wants a number from 0 to 12000</translation>
        </message>
        <message>
            <source>--tcp-port wants a port number, 0 or -1</source>
            <translation>--tcp-port wants a port number, 0 or -1</translation>
        </message>
        <message>
            <source>%1 routers do not fit above port %2</source>
            <translation>%1 routers do not fit above port %2</translation>
        </message>
        <message>
            <source>--wrapper and --hdlc exclude each other</source>
            <translation>--wrapper and --hdlc exclude each other</translation>
        </message>
        <message>
            <source>--listen wants an IP address</source>
            <translation>--listen wants an IP address</translation>
        </message>
        <message>
            <source>--baud wants 300, 4000 or 0</source>
            <translation>--baud wants 300, 4000 or 0</translation>
        </message>
        <message>
            <source>--seed wants a non-negative number</source>
            <translation>--seed wants a non-negative number</translation>
        </message>
        <message>
            <source>--loss wants a probability from 0 to 1</source>
            <translation>--loss wants a probability from 0 to 1</translation>
        </message>
        <message>
            <source>--start wants an ISO 8601 date and time, e.g. 2026-03-16T12:00:00Z</source>
            <translation>--start wants an ISO 8601 date and time, e.g. 2026-03-16T12:00:00Z</translation>
        </message>
        <message>
            <source>Simulated seconds per real second (0: the clock moves only with PLC transfers).</source>
            <translation>Simulated seconds per real second (0: the clock moves only with PLC transfers).</translation>
        </message>
        <message>
            <source>--time-scale wants a number from 0 to 1000000</source>
            <translation>--time-scale wants a number from 0 to 1000000</translation>
        </message>
    </context>
    <context>
        <name>SimTcpServer</name>
        <message>
            <source>cannot listen on %1:%2: %3</source>
            <translation>cannot listen on %1:%2: %3</translation>
        </message>
    </context>
    <context>
        <name>SingleActionSchedule</name>
        <message>
            <source>schedule type %1 is not defined (1..5)</source>
            <translation>schedule type %1 is not defined (1..5)</translation>
        </message>
        <message>
            <source>the single action schedule has no attribute %1</source>
            <translation>the single action schedule has no attribute %1</translation>
        </message>
    </context>
    <context>
        <name>SpodesEvents</name>
        <message>
            <source>Phase A: voltage lost</source>
            <translation>Phase A: voltage lost</translation>
        </message>
        <message>
            <source>Phase A: voltage restored</source>
            <translation>Phase A: voltage restored</translation>
        </message>
        <message>
            <source>Phase B: voltage lost</source>
            <translation>Phase B: voltage lost</translation>
        </message>
        <message>
            <source>Phase B: voltage restored</source>
            <translation>Phase B: voltage restored</translation>
        </message>
        <message>
            <source>Phase C: voltage lost</source>
            <translation>Phase C: voltage lost</translation>
        </message>
        <message>
            <source>Phase C: voltage restored</source>
            <translation>Phase C: voltage restored</translation>
        </message>
        <message>
            <source>Overvoltage on any phase: start</source>
            <translation>Overvoltage on any phase: start</translation>
        </message>
        <message>
            <source>Overvoltage on any phase: end</source>
            <translation>Overvoltage on any phase: end</translation>
        </message>
        <message>
            <source>Undervoltage on any phase: start</source>
            <translation>Undervoltage on any phase: start</translation>
        </message>
        <message>
            <source>Undervoltage on any phase: end</source>
            <translation>Undervoltage on any phase: end</translation>
        </message>
        <message>
            <source>Negative-sequence voltage unbalance above limit: start</source>
            <translation>Negative-sequence voltage unbalance above limit: start</translation>
        </message>
        <message>
            <source>Negative-sequence voltage unbalance above limit: end</source>
            <translation>Negative-sequence voltage unbalance above limit: end</translation>
        </message>
        <message>
            <source>Phase A: overvoltage start</source>
            <translation>Phase A: overvoltage start</translation>
        </message>
        <message>
            <source>Phase A: overvoltage end</source>
            <translation>Phase A: overvoltage end</translation>
        </message>
        <message>
            <source>Phase B: overvoltage start</source>
            <translation>Phase B: overvoltage start</translation>
        </message>
        <message>
            <source>Phase B: overvoltage end</source>
            <translation>Phase B: overvoltage end</translation>
        </message>
        <message>
            <source>Phase C: overvoltage start</source>
            <translation>Phase C: overvoltage start</translation>
        </message>
        <message>
            <source>Phase C: overvoltage end</source>
            <translation>Phase C: overvoltage end</translation>
        </message>
        <message>
            <source>Phase A: voltage dip start</source>
            <translation>Phase A: voltage dip start</translation>
        </message>
        <message>
            <source>Phase A: voltage dip end</source>
            <translation>Phase A: voltage dip end</translation>
        </message>
        <message>
            <source>Phase B: voltage dip start</source>
            <translation>Phase B: voltage dip start</translation>
        </message>
        <message>
            <source>Phase B: voltage dip end</source>
            <translation>Phase B: voltage dip end</translation>
        </message>
        <message>
            <source>Phase C: voltage dip start</source>
            <translation>Phase C: voltage dip start</translation>
        </message>
        <message>
            <source>Phase C: voltage dip end</source>
            <translation>Phase C: voltage dip end</translation>
        </message>
        <message>
            <source>Wrong phase sequence: start</source>
            <translation>Wrong phase sequence: start</translation>
        </message>
        <message>
            <source>Wrong phase sequence: end</source>
            <translation>Wrong phase sequence: end</translation>
        </message>
        <message>
            <source>Voltage interruption</source>
            <translation>Voltage interruption</translation>
        </message>
        <message>
            <source>Voltage restored</source>
            <translation>Voltage restored</translation>
        </message>
        <message>
            <source>Phase A: export start</source>
            <translation>Phase A: export start</translation>
        </message>
        <message>
            <source>Phase A: export end</source>
            <translation>Phase A: export end</translation>
        </message>
        <message>
            <source>Phase B: export start</source>
            <translation>Phase B: export start</translation>
        </message>
        <message>
            <source>Phase B: export end</source>
            <translation>Phase B: export end</translation>
        </message>
        <message>
            <source>Phase C: export start</source>
            <translation>Phase C: export start</translation>
        </message>
        <message>
            <source>Phase C: export end</source>
            <translation>Phase C: export end</translation>
        </message>
        <message>
            <source>Phase A current transformer open circuit</source>
            <translation>Phase A current transformer open circuit</translation>
        </message>
        <message>
            <source>Phase A current transformer restored</source>
            <translation>Phase A current transformer restored</translation>
        </message>
        <message>
            <source>Phase B current transformer open circuit</source>
            <translation>Phase B current transformer open circuit</translation>
        </message>
        <message>
            <source>Phase B current transformer restored</source>
            <translation>Phase B current transformer restored</translation>
        </message>
        <message>
            <source>Phase C current transformer open circuit</source>
            <translation>Phase C current transformer open circuit</translation>
        </message>
        <message>
            <source>Phase C current transformer restored</source>
            <translation>Phase C current transformer restored</translation>
        </message>
        <message>
            <source>Current unbalance: start</source>
            <translation>Current unbalance: start</translation>
        </message>
        <message>
            <source>Current unbalance: end</source>
            <translation>Current unbalance: end</translation>
        </message>
        <message>
            <source>Current transformer short circuit: start</source>
            <translation>Current transformer short circuit: start</translation>
        </message>
        <message>
            <source>Current transformer short circuit: end</source>
            <translation>Current transformer short circuit: end</translation>
        </message>
        <message>
            <source>Overcurrent on any phase: start</source>
            <translation>Overcurrent on any phase: start</translation>
        </message>
        <message>
            <source>Overcurrent on any phase: end</source>
            <translation>Overcurrent on any phase: end</translation>
        </message>
        <message>
            <source>Phase A: current without voltage, start</source>
            <translation>Phase A: current without voltage, start</translation>
        </message>
        <message>
            <source>Phase A: current without voltage, end</source>
            <translation>Phase A: current without voltage, end</translation>
        </message>
        <message>
            <source>Phase B: current without voltage, start</source>
            <translation>Phase B: current without voltage, start</translation>
        </message>
        <message>
            <source>Phase B: current without voltage, end</source>
            <translation>Phase B: current without voltage, end</translation>
        </message>
        <message>
            <source>Phase C: current without voltage, start</source>
            <translation>Phase C: current without voltage, start</translation>
        </message>
        <message>
            <source>Phase C: current without voltage, end</source>
            <translation>Phase C: current without voltage, end</translation>
        </message>
        <message>
            <source>Phase A: maximum current exceeded, start</source>
            <translation>Phase A: maximum current exceeded, start</translation>
        </message>
        <message>
            <source>Phase A: maximum current exceeded, end</source>
            <translation>Phase A: maximum current exceeded, end</translation>
        </message>
        <message>
            <source>Phase B: maximum current exceeded, start</source>
            <translation>Phase B: maximum current exceeded, start</translation>
        </message>
        <message>
            <source>Phase B: maximum current exceeded, end</source>
            <translation>Phase B: maximum current exceeded, end</translation>
        </message>
        <message>
            <source>Phase C: maximum current exceeded, start</source>
            <translation>Phase C: maximum current exceeded, start</translation>
        </message>
        <message>
            <source>Phase C: maximum current exceeded, end</source>
            <translation>Phase C: maximum current exceeded, end</translation>
        </message>
        <message>
            <source>Current without voltage (broken neutral): start</source>
            <translation>Current without voltage (broken neutral): start</translation>
        </message>
        <message>
            <source>Current without voltage (broken neutral): end</source>
            <translation>Current without voltage (broken neutral): end</translation>
        </message>
        <message>
            <source>Reverse power flow in a unidirectional meter: start</source>
            <translation>Reverse power flow in a unidirectional meter: start</translation>
        </message>
        <message>
            <source>Reverse power flow in a unidirectional meter: end</source>
            <translation>Reverse power flow in a unidirectional meter: end</translation>
        </message>
        <message>
            <source>Opposite power directions in the phases: start</source>
            <translation>Opposite power directions in the phases: start</translation>
        </message>
        <message>
            <source>Opposite power directions in the phases: end</source>
            <translation>Opposite power directions in the phases: end</translation>
        </message>
        <message>
            <source>Current with the load relay open: start</source>
            <translation>Current with the load relay open: start</translation>
        </message>
        <message>
            <source>Current with the load relay open: end</source>
            <translation>Current with the load relay open: end</translation>
        </message>
        <message>
            <source>Meter power off</source>
            <translation>Meter power off</translation>
        </message>
        <message>
            <source>Meter power on</source>
            <translation>Meter power on</translation>
        </message>
        <message>
            <source>Consumer disconnected remotely</source>
            <translation>Consumer disconnected remotely</translation>
        </message>
        <message>
            <source>Consumer reconnected remotely</source>
            <translation>Consumer reconnected remotely</translation>
        </message>
        <message>
            <source>Consumer permitted to reconnect</source>
            <translation>Consumer permitted to reconnect</translation>
        </message>
        <message>
            <source>Load relay opened by the consumer</source>
            <translation>Load relay opened by the consumer</translation>
        </message>
        <message>
            <source>Load relay closed by the consumer</source>
            <translation>Load relay closed by the consumer</translation>
        </message>
        <message>
            <source>Local disconnection: power limit exceeded</source>
            <translation>Local disconnection: power limit exceeded</translation>
        </message>
        <message>
            <source>Local disconnection: maximum current exceeded</source>
            <translation>Local disconnection: maximum current exceeded</translation>
        </message>
        <message>
            <source>Local disconnection: magnetic field</source>
            <translation>Local disconnection: magnetic field</translation>
        </message>
        <message>
            <source>Local disconnection: overvoltage</source>
            <translation>Local disconnection: overvoltage</translation>
        </message>
        <message>
            <source>Local reconnection: voltage back to normal</source>
            <translation>Local reconnection: voltage back to normal</translation>
        </message>
        <message>
            <source>Local disconnection: current without voltage</source>
            <translation>Local disconnection: current without voltage</translation>
        </message>
        <message>
            <source>Local disconnection: current unbalance</source>
            <translation>Local disconnection: current unbalance</translation>
        </message>
        <message>
            <source>Local disconnection: temperature</source>
            <translation>Local disconnection: temperature</translation>
        </message>
        <message>
            <source>Backup power supply on</source>
            <translation>Backup power supply on</translation>
        </message>
        <message>
            <source>Backup power supply off</source>
            <translation>Backup power supply off</translation>
        </message>
        <message>
            <source>Local disconnection: terminal cover or case opened</source>
            <translation>Local disconnection: terminal cover or case opened</translation>
        </message>
        <message>
            <source>Relay opened: tariff energy limits exceeded</source>
            <translation>Relay opened: tariff energy limits exceeded</translation>
        </message>
        <message>
            <source>Relay closed after an active power disconnection</source>
            <translation>Relay closed after an active power disconnection</translation>
        </message>
        <message>
            <source>Relay closed after an overcurrent disconnection</source>
            <translation>Relay closed after an overcurrent disconnection</translation>
        </message>
        <message>
            <source>Relay closed after a current unbalance disconnection</source>
            <translation>Relay closed after a current unbalance disconnection</translation>
        </message>
        <message>
            <source>Relay closed: temperature back to normal</source>
            <translation>Relay closed: temperature back to normal</translation>
        </message>
        <message>
            <source>Relay closed: magnetic field back to normal</source>
            <translation>Relay closed: magnetic field back to normal</translation>
        </message>
        <message>
            <source>Relay opened by the arbitrator</source>
            <translation>Relay opened by the arbitrator</translation>
        </message>
        <message>
            <source>Relay closed by the arbitrator</source>
            <translation>Relay closed by the arbitrator</translation>
        </message>
        <message>
            <source>Relay closed by the physical blocker</source>
            <translation>Relay closed by the physical blocker</translation>
        </message>
        <message>
            <source>Relay opened by the physical blocker</source>
            <translation>Relay opened by the physical blocker</translation>
        </message>
        <message>
            <source>Complete loss of meter power</source>
            <translation>Complete loss of meter power</translation>
        </message>
        <message>
            <source>RS-485-1 address or baud rate changed</source>
            <translation>RS-485-1 address or baud rate changed</translation>
        </message>
        <message>
            <source>RS-485-2 address or baud rate changed</source>
            <translation>RS-485-2 address or baud rate changed</translation>
        </message>
        <message>
            <source>Time set</source>
            <translation>Time set</translation>
        </message>
        <message>
            <source>Daylight saving settings changed</source>
            <translation>Daylight saving settings changed</translation>
        </message>
        <message>
            <source>Tariff schedule season profile changed</source>
            <translation>Tariff schedule season profile changed</translation>
        </message>
        <message>
            <source>Tariff schedule week profile changed</source>
            <translation>Tariff schedule week profile changed</translation>
        </message>
        <message>
            <source>Tariff schedule day profile changed</source>
            <translation>Tariff schedule day profile changed</translation>
        </message>
        <message>
            <source>Tariff schedule activation date changed</source>
            <translation>Tariff schedule activation date changed</translation>
        </message>
        <message>
            <source>Tariff schedule activated</source>
            <translation>Tariff schedule activated</translation>
        </message>
        <message>
            <source>Billing day and hour changed</source>
            <translation>Billing day and hour changed</translation>
        </message>
        <message>
            <source>Display mode changed (parameters)</source>
            <translation>Display mode changed (parameters)</translation>
        </message>
        <message>
            <source>Display mode changed (auto scroll)</source>
            <translation>Display mode changed (auto scroll)</translation>
        </message>
        <message>
            <source>Low security (read) password changed</source>
            <translation>Low security (read) password changed</translation>
        </message>
        <message>
            <source>High security (write) password changed</source>
            <translation>High security (write) password changed</translation>
        </message>
        <message>
            <source>Metering point data changed</source>
            <translation>Metering point data changed</translation>
        </message>
        <message>
            <source>Current transformer ratio changed</source>
            <translation>Current transformer ratio changed</translation>
        </message>
        <message>
            <source>Voltage transformer ratio changed</source>
            <translation>Voltage transformer ratio changed</translation>
        </message>
        <message>
            <source>Line loss parameters changed</source>
            <translation>Line loss parameters changed</translation>
        </message>
        <message>
            <source>Power limit for disconnection changed</source>
            <translation>Power limit for disconnection changed</translation>
        </message>
        <message>
            <source>Power disconnection delay changed</source>
            <translation>Power disconnection delay changed</translation>
        </message>
        <message>
            <source>Overcurrent disconnection delay changed</source>
            <translation>Overcurrent disconnection delay changed</translation>
        </message>
        <message>
            <source>Overvoltage disconnection delay changed</source>
            <translation>Overvoltage disconnection delay changed</translation>
        </message>
        <message>
            <source>Magnetic field disconnection delay changed</source>
            <translation>Magnetic field disconnection delay changed</translation>
        </message>
        <message>
            <source>Power interruption threshold changed</source>
            <translation>Power interruption threshold changed</translation>
        </message>
        <message>
            <source>Overvoltage threshold changed</source>
            <translation>Overvoltage threshold changed</translation>
        </message>
        <message>
            <source>Voltage dip threshold changed</source>
            <translation>Voltage dip threshold changed</translation>
        </message>
        <message>
            <source>Power factor (tg φ) threshold changed</source>
            <translation>Power factor (tg φ) threshold changed</translation>
        </message>
        <message>
            <source>Voltage unbalance threshold changed</source>
            <translation>Voltage unbalance threshold changed</translation>
        </message>
        <message>
            <source>Declared voltage changed</source>
            <translation>Declared voltage changed</translation>
        </message>
        <message>
            <source>Peak power integration period changed</source>
            <translation>Peak power integration period changed</translation>
        </message>
        <message>
            <source>Profile 1 capture period changed</source>
            <translation>Profile 1 capture period changed</translation>
        </message>
        <message>
            <source>Profile 2 capture period changed</source>
            <translation>Profile 2 capture period changed</translation>
        </message>
        <message>
            <source>LCD backlight mode changed</source>
            <translation>LCD backlight mode changed</translation>
        </message>
        <message>
            <source>Telemetry mode 1 changed</source>
            <translation>Telemetry mode 1 changed</translation>
        </message>
        <message>
            <source>Monthly journal cleared</source>
            <translation>Monthly journal cleared</translation>
        </message>
        <message>
            <source>Daily journal cleared</source>
            <translation>Daily journal cleared</translation>
        </message>
        <message>
            <source>Voltage journal cleared</source>
            <translation>Voltage journal cleared</translation>
        </message>
        <message>
            <source>Current journal cleared</source>
            <translation>Current journal cleared</translation>
        </message>
        <message>
            <source>Power on/off journal cleared</source>
            <translation>Power on/off journal cleared</translation>
        </message>
        <message>
            <source>External impacts journal cleared</source>
            <translation>External impacts journal cleared</translation>
        </message>
        <message>
            <source>Connections journal cleared</source>
            <translation>Connections journal cleared</translation>
        </message>
        <message>
            <source>Unauthorized access journal cleared</source>
            <translation>Unauthorized access journal cleared</translation>
        </message>
        <message>
            <source>Power quality journal cleared</source>
            <translation>Power quality journal cleared</translation>
        </message>
        <message>
            <source>Power factor (tg φ) journal cleared</source>
            <translation>Power factor (tg φ) journal cleared</translation>
        </message>
        <message>
            <source>Inputs/outputs journal cleared</source>
            <translation>Inputs/outputs journal cleared</translation>
        </message>
        <message>
            <source>Profile 1 cleared</source>
            <translation>Profile 1 cleared</translation>
        </message>
        <message>
            <source>Profile 2 cleared</source>
            <translation>Profile 2 cleared</translation>
        </message>
        <message>
            <source>Profile 3 cleared</source>
            <translation>Profile 3 cleared</translation>
        </message>
        <message>
            <source>Special days table changed</source>
            <translation>Special days table changed</translation>
        </message>
        <message>
            <source>Relay control mode changed</source>
            <translation>Relay control mode changed</translation>
        </message>
        <message>
            <source>Readings stored in the monthly journal</source>
            <translation>Readings stored in the monthly journal</translation>
        </message>
        <message>
            <source>Push (alarm) mode changed</source>
            <translation>Push (alarm) mode changed</translation>
        </message>
        <message>
            <source>Low security unicast key changed</source>
            <translation>Low security unicast key changed</translation>
        </message>
        <message>
            <source>Low security broadcast encryption key changed</source>
            <translation>Low security broadcast encryption key changed</translation>
        </message>
        <message>
            <source>High security unicast key changed</source>
            <translation>High security unicast key changed</translation>
        </message>
        <message>
            <source>High security broadcast key changed</source>
            <translation>High security broadcast key changed</translation>
        </message>
        <message>
            <source>High security authentication key changed</source>
            <translation>High security authentication key changed</translation>
        </message>
        <message>
            <source>Master key changed</source>
            <translation>Master key changed</translation>
        </message>
        <message>
            <source>Low security protection level changed</source>
            <translation>Low security protection level changed</translation>
        </message>
        <message>
            <source>High security protection level changed</source>
            <translation>High security protection level changed</translation>
        </message>
        <message>
            <source>Remote display number changed</source>
            <translation>Remote display number changed</translation>
        </message>
        <message>
            <source>Active energy metering mode changed (absolute or per direction)</source>
            <translation>Active energy metering mode changed (absolute or per direction)</translation>
        </message>
        <message>
            <source>Time set from GPS/GLONASS</source>
            <translation>Time set from GPS/GLONASS</translation>
        </message>
        <message>
            <source>Broken neutral disconnection mode changed</source>
            <translation>Broken neutral disconnection mode changed</translation>
        </message>
        <message>
            <source>Firmware updated</source>
            <translation>Firmware updated</translation>
        </message>
        <message>
            <source>Current unbalance disconnection mode changed</source>
            <translation>Current unbalance disconnection mode changed</translation>
        </message>
        <message>
            <source>Temperature disconnection mode changed</source>
            <translation>Temperature disconnection mode changed</translation>
        </message>
        <message>
            <source>Time corrected</source>
            <translation>Time corrected</translation>
        </message>
        <message>
            <source>Low security authentication key changed</source>
            <translation>Low security authentication key changed</translation>
        </message>
        <message>
            <source>Push (alarm) flags cleared</source>
            <translation>Push (alarm) flags cleared</translation>
        </message>
        <message>
            <source>HDLC connection timeout changed</source>
            <translation>HDLC connection timeout changed</translation>
        </message>
        <message>
            <source>Peak load hours changed</source>
            <translation>Peak load hours changed</translation>
        </message>
        <message>
            <source>Maximum demand hours changed</source>
            <translation>Maximum demand hours changed</translation>
        </message>
        <message>
            <source>Connection scheme changed</source>
            <translation>Connection scheme changed</translation>
        </message>
        <message>
            <source>Telemetry mode 2 changed</source>
            <translation>Telemetry mode 2 changed</translation>
        </message>
        <message>
            <source>Telemetry mode 3 changed</source>
            <translation>Telemetry mode 3 changed</translation>
        </message>
        <message>
            <source>Telemetry mode 4 changed</source>
            <translation>Telemetry mode 4 changed</translation>
        </message>
        <message>
            <source>Terminal cover or case opening disconnection mode changed</source>
            <translation>Terminal cover or case opening disconnection mode changed</translation>
        </message>
        <message>
            <source>Active communication profile of the ports changed</source>
            <translation>Active communication profile of the ports changed</translation>
        </message>
        <message>
            <source>Monthly power quality journal cleared</source>
            <translation>Monthly power quality journal cleared</translation>
        </message>
        <message>
            <source>Network parameter integration period changed</source>
            <translation>Network parameter integration period changed</translation>
        </message>
        <message>
            <source>Time threshold changed: average power factor (tg φ) of all phases</source>
            <translation>Time threshold changed: average power factor (tg φ) of all phases</translation>
        </message>
        <message>
            <source>Time threshold changed: differential current, % of the largest current</source>
            <translation>Time threshold changed: differential current, % of the largest current</translation>
        </message>
        <message>
            <source>Time threshold changed: negative-sequence unbalance</source>
            <translation>Time threshold changed: negative-sequence unbalance</translation>
        </message>
        <message>
            <source>Optical port P1 address or baud rate changed</source>
            <translation>Optical port P1 address or baud rate changed</translation>
        </message>
        <message>
            <source>Port P4 address or baud rate changed</source>
            <translation>Port P4 address or baud rate changed</translation>
        </message>
        <message>
            <source>Load relay disconnection event filter changed</source>
            <translation>Load relay disconnection event filter changed</translation>
        </message>
        <message>
            <source>Load relay event monitor changed</source>
            <translation>Load relay event monitor changed</translation>
        </message>
        <message>
            <source>Energy metering settings changed</source>
            <translation>Energy metering settings changed</translation>
        </message>
        <message>
            <source>Frequency deviation threshold changed</source>
            <translation>Frequency deviation threshold changed</translation>
        </message>
        <message>
            <source>Active power threshold per integration period changed</source>
            <translation>Active power threshold per integration period changed</translation>
        </message>
        <message>
            <source>Peak hours active power threshold per integration period changed</source>
            <translation>Peak hours active power threshold per integration period changed</translation>
        </message>
        <message>
            <source>Snapshot time changed; snapshot taken</source>
            <translation>Snapshot time changed; snapshot taken</translation>
        </message>
        <message>
            <source>Load relay event monitor</source>
            <translation>Load relay event monitor</translation>
        </message>
        <message>
            <source>Alarm relay 1 event monitor</source>
            <translation>Alarm relay 1 event monitor</translation>
        </message>
        <message>
            <source>Alarm relay 2 event monitor</source>
            <translation>Alarm relay 2 event monitor</translation>
        </message>
        <message>
            <source>Alarm relay 3 event monitor</source>
            <translation>Alarm relay 3 event monitor</translation>
        </message>
        <message>
            <source>Alarm relay 4 event monitor</source>
            <translation>Alarm relay 4 event monitor</translation>
        </message>
        <message>
            <source>Load relay arbitrator settings changed</source>
            <translation>Load relay arbitrator settings changed</translation>
        </message>
        <message>
            <source>Alarm relay 1 arbitrator settings changed</source>
            <translation>Alarm relay 1 arbitrator settings changed</translation>
        </message>
        <message>
            <source>Alarm relay 2 arbitrator settings changed</source>
            <translation>Alarm relay 2 arbitrator settings changed</translation>
        </message>
        <message>
            <source>Alarm relay 3 arbitrator settings changed</source>
            <translation>Alarm relay 3 arbitrator settings changed</translation>
        </message>
        <message>
            <source>Alarm relay 4 arbitrator settings changed</source>
            <translation>Alarm relay 4 arbitrator settings changed</translation>
        </message>
        <message>
            <source>Alarm relay 1 event filter changed</source>
            <translation>Alarm relay 1 event filter changed</translation>
        </message>
        <message>
            <source>Alarm relay 2 event filter changed</source>
            <translation>Alarm relay 2 event filter changed</translation>
        </message>
        <message>
            <source>Alarm relay 3 event filter changed</source>
            <translation>Alarm relay 3 event filter changed</translation>
        </message>
        <message>
            <source>Alarm relay 4 event filter changed</source>
            <translation>Alarm relay 4 event filter changed</translation>
        </message>
        <message>
            <source>Alarm relay 1 control mode changed</source>
            <translation>Alarm relay 1 control mode changed</translation>
        </message>
        <message>
            <source>Alarm relay 2 control mode changed</source>
            <translation>Alarm relay 2 control mode changed</translation>
        </message>
        <message>
            <source>Alarm relay 3 control mode changed</source>
            <translation>Alarm relay 3 control mode changed</translation>
        </message>
        <message>
            <source>Alarm relay 4 control mode changed</source>
            <translation>Alarm relay 4 control mode changed</translation>
        </message>
        <message>
            <source>Alarm relay contact type changed</source>
            <translation>Alarm relay contact type changed</translation>
        </message>
        <message>
            <source>TCP/UDP connection timeout changed (optical port P1)</source>
            <translation>TCP/UDP connection timeout changed (optical port P1)</translation>
        </message>
        <message>
            <source>TCP/UDP connection timeout changed (port P2)</source>
            <translation>TCP/UDP connection timeout changed (port P2)</translation>
        </message>
        <message>
            <source>TCP/UDP connection timeout changed (port P3)</source>
            <translation>TCP/UDP connection timeout changed (port P3)</translation>
        </message>
        <message>
            <source>TCP/UDP connection timeout changed (port P4)</source>
            <translation>TCP/UDP connection timeout changed (port P4)</translation>
        </message>
        <message>
            <source>Hourly power factor (tg φ) over threshold journal cleared</source>
            <translation>Hourly power factor (tg φ) over threshold journal cleared</translation>
        </message>
        <message>
            <source>Time correction journal cleared</source>
            <translation>Time correction journal cleared</translation>
        </message>
        <message>
            <source>Start of year journal cleared</source>
            <translation>Start of year journal cleared</translation>
        </message>
        <message>
            <source>Power control journal cleared</source>
            <translation>Power control journal cleared</translation>
        </message>
        <message>
            <source>Battery journal cleared</source>
            <translation>Battery journal cleared</translation>
        </message>
        <message>
            <source>Load relay blocker journal cleared</source>
            <translation>Load relay blocker journal cleared</translation>
        </message>
        <message>
            <source>Temperature journal cleared</source>
            <translation>Temperature journal cleared</translation>
        </message>
        <message>
            <source>Phase A voltage deviation journal cleared</source>
            <translation>Phase A voltage deviation journal cleared</translation>
        </message>
        <message>
            <source>Phase B voltage deviation journal cleared</source>
            <translation>Phase B voltage deviation journal cleared</translation>
        </message>
        <message>
            <source>Phase C voltage deviation journal cleared</source>
            <translation>Phase C voltage deviation journal cleared</translation>
        </message>
        <message>
            <source>Line voltage AB deviation journal cleared</source>
            <translation>Line voltage AB deviation journal cleared</translation>
        </message>
        <message>
            <source>Line voltage BC deviation journal cleared</source>
            <translation>Line voltage BC deviation journal cleared</translation>
        </message>
        <message>
            <source>Line voltage CA deviation journal cleared</source>
            <translation>Line voltage CA deviation journal cleared</translation>
        </message>
        <message>
            <source>Overvoltage journal cleared</source>
            <translation>Overvoltage journal cleared</translation>
        </message>
        <message>
            <source>Voltage interruption journal cleared</source>
            <translation>Voltage interruption journal cleared</translation>
        </message>
        <message>
            <source>Telesignalling journal cleared</source>
            <translation>Telesignalling journal cleared</translation>
        </message>
        <message>
            <source>Abnormal network situation journal cleared</source>
            <translation>Abnormal network situation journal cleared</translation>
        </message>
        <message>
            <source>Zero-sequence voltage threshold changed: delay before the event (abnormal network situation)</source>
            <translation>Zero-sequence voltage threshold changed: delay before the event (abnormal network situation)</translation>
        </message>
        <message>
            <source>Zero-sequence voltage threshold changed: push delay (abnormal network situation)</source>
            <translation>Zero-sequence voltage threshold changed: push delay (abnormal network situation)</translation>
        </message>
        <message>
            <source>Voltage threshold changed: minimum value (abnormal network situation)</source>
            <translation>Voltage threshold changed: minimum value (abnormal network situation)</translation>
        </message>
        <message>
            <source>Voltage threshold changed: delay before the event (abnormal network situation)</source>
            <translation>Voltage threshold changed: delay before the event (abnormal network situation)</translation>
        </message>
        <message>
            <source>Voltage threshold changed: push delay (abnormal network situation)</source>
            <translation>Voltage threshold changed: push delay (abnormal network situation)</translation>
        </message>
        <message>
            <source>Negative-sequence voltage threshold changed: maximum value (abnormal network situation)</source>
            <translation>Negative-sequence voltage threshold changed: maximum value (abnormal network situation)</translation>
        </message>
        <message>
            <source>Negative-sequence voltage threshold changed: delay before the event (abnormal network situation)</source>
            <translation>Negative-sequence voltage threshold changed: delay before the event (abnormal network situation)</translation>
        </message>
        <message>
            <source>Negative-sequence voltage threshold changed: push delay (abnormal network situation)</source>
            <translation>Negative-sequence voltage threshold changed: push delay (abnormal network situation)</translation>
        </message>
        <message>
            <source>Electronic seals armed</source>
            <translation>Electronic seals armed</translation>
        </message>
        <message>
            <source>Recorded magnetic/HF field events cleared</source>
            <translation>Recorded magnetic/HF field events cleared</translation>
        </message>
        <message>
            <source>Time zone changed</source>
            <translation>Time zone changed</translation>
        </message>
        <message>
            <source>LCD auto scroll sequence changed</source>
            <translation>LCD auto scroll sequence changed</translation>
        </message>
        <message>
            <source>LCD button sequence changed</source>
            <translation>LCD button sequence changed</translation>
        </message>
        <message>
            <source>Current limit level changed</source>
            <translation>Current limit level changed</translation>
        </message>
        <message>
            <source>Voltage limit level changed</source>
            <translation>Voltage limit level changed</translation>
        </message>
        <message>
            <source>Emergency tariff number changed</source>
            <translation>Emergency tariff number changed</translation>
        </message>
        <message>
            <source>Magnetic field: start</source>
            <translation>Magnetic field: start</translation>
        </message>
        <message>
            <source>Magnetic field: end</source>
            <translation>Magnetic field: end</translation>
        </message>
        <message>
            <source>Terminal cover electronic seal triggered</source>
            <translation>Terminal cover electronic seal triggered</translation>
        </message>
        <message>
            <source>Case electronic seal triggered</source>
            <translation>Case electronic seal triggered</translation>
        </message>
        <message>
            <source>External sensor electronic seal triggered</source>
            <translation>External sensor electronic seal triggered</translation>
        </message>
        <message>
            <source>HF field: start</source>
            <translation>HF field: start</translation>
        </message>
        <message>
            <source>HF field: end</source>
            <translation>HF field: end</translation>
        </message>
        <message>
            <source>Connection closed (interface)</source>
            <translation>Connection closed (interface)</translation>
        </message>
        <message>
            <source>Connection established (interface)</source>
            <translation>Connection established (interface)</translation>
        </message>
        <message>
            <source>Unauthorized access attempt (interface)</source>
            <translation>Unauthorized access attempt (interface)</translation>
        </message>
        <message>
            <source>Protocol violation</source>
            <translation>Protocol violation</translation>
        </message>
        <message>
            <source>Locked after too many wrong passwords</source>
            <translation>Locked after too many wrong passwords</translation>
        </message>
        <message>
            <source>Firmware verification error</source>
            <translation>Firmware verification error</translation>
        </message>
        <message>
            <source>Meter initialization</source>
            <translation>Meter initialization</translation>
        </message>
        <message>
            <source>Measuring unit: error</source>
            <translation>Measuring unit: error</translation>
        </message>
        <message>
            <source>Measuring unit: normal</source>
            <translation>Measuring unit: normal</translation>
        </message>
        <message>
            <source>Computing unit: error</source>
            <translation>Computing unit: error</translation>
        </message>
        <message>
            <source>Real-time clock: error</source>
            <translation>Real-time clock: error</translation>
        </message>
        <message>
            <source>Real-time clock: normal</source>
            <translation>Real-time clock: normal</translation>
        </message>
        <message>
            <source>Power supply unit: error</source>
            <translation>Power supply unit: error</translation>
        </message>
        <message>
            <source>Power supply unit: normal</source>
            <translation>Power supply unit: normal</translation>
        </message>
        <message>
            <source>Display: error</source>
            <translation>Display: error</translation>
        </message>
        <message>
            <source>Display: normal</source>
            <translation>Display: normal</translation>
        </message>
        <message>
            <source>Data memory: error</source>
            <translation>Data memory: error</translation>
        </message>
        <message>
            <source>Data memory: normal</source>
            <translation>Data memory: normal</translation>
        </message>
        <message>
            <source>Program memory: error</source>
            <translation>Program memory: error</translation>
        </message>
        <message>
            <source>Program memory: normal</source>
            <translation>Program memory: normal</translation>
        </message>
        <message>
            <source>Core clock system: error</source>
            <translation>Core clock system: error</translation>
        </message>
        <message>
            <source>Core clock system: normal</source>
            <translation>Core clock system: normal</translation>
        </message>
        <message>
            <source>RTC clock system: error</source>
            <translation>RTC clock system: error</translation>
        </message>
        <message>
            <source>RTC clock system: normal</source>
            <translation>RTC clock system: normal</translation>
        </message>
        <message>
            <source>Computing unit: normal</source>
            <translation>Computing unit: normal</translation>
        </message>
        <message>
            <source>Power factor (tg φ) above threshold: start</source>
            <translation>Power factor (tg φ) above threshold: start</translation>
        </message>
        <message>
            <source>Power factor (tg φ) above threshold: end</source>
            <translation>Power factor (tg φ) above threshold: end</translation>
        </message>
        <message>
            <source>unknown event code %1</source>
            <translation>unknown event code %1</translation>
        </message>
        <message>
            <source>Voltage events</source>
            <translation>Voltage events</translation>
        </message>
        <message>
            <source>Current events</source>
            <translation>Current events</translation>
        </message>
        <message>
            <source>Power on/off and load relay events</source>
            <translation>Power on/off and load relay events</translation>
        </message>
        <message>
            <source>Programming events</source>
            <translation>Programming events</translation>
        </message>
        <message>
            <source>External impact events</source>
            <translation>External impact events</translation>
        </message>
        <message>
            <source>Communication events</source>
            <translation>Communication events</translation>
        </message>
        <message>
            <source>Access control events</source>
            <translation>Access control events</translation>
        </message>
        <message>
            <source>Self-diagnostics events</source>
            <translation>Self-diagnostics events</translation>
        </message>
        <message>
            <source>Power factor (tg φ) events</source>
            <translation>Power factor (tg φ) events</translation>
        </message>
        <message>
            <source>event category %1</source>
            <translation>event category %1</translation>
        </message>
    </context>
    <context>
        <name>Sql</name>
        <message>
            <source>database error: %1</source>
            <translation>database error: %1</translation>
        </message>
    </context>
    <context>
        <name>SqliteNative</name>
        <message>
            <source>database error: %1 (%2)</source>
            <translation>database error: %1 (%2)</translation>
        </message>
        <message>
            <source>restore failed: %1</source>
            <translation>restore failed: %1</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>no transaction to commit</source>
            <translation>no transaction to commit</translation>
        </message>
    </context>
    <context>
        <name>ValueJson</name>
        <message>
            <source>compact-array description nested too deep</source>
            <translation>compact-array description nested too deep</translation>
        </message>
        <message>
            <source>invalid compact-array element type "%1"</source>
            <translation>invalid compact-array element type "%1"</translation>
        </message>
        <message>
            <source>compact-array description: array needs a count 0..65535</source>
            <translation>compact-array description: array needs a count 0..65535</translation>
        </message>
        <message>
            <source>invalid date-time "%1"</source>
            <translation>invalid date-time "%1"</translation>
        </message>
        <message>
            <source>date-time status, dayOfWeek and hundredths must be 0..255</source>
            <translation>date-time status, dayOfWeek and hundredths must be 0..255</translation>
        </message>
        <message>
            <source>JSON value nested deeper than %1</source>
            <translation>JSON value nested deeper than %1</translation>
        </message>
        <message>
            <source>a typed COSEM value must be a JSON object with "type"</source>
            <translation>a typed COSEM value must be a JSON object with "type"</translation>
        </message>
        <message>
            <source>unknown COSEM data type "%1"</source>
            <translation>unknown COSEM data type "%1"</translation>
        </message>
        <message>
            <source>invalid value for %1</source>
            <translation>invalid value for %1</translation>
        </message>
        <message>
            <source>visible-string holds a character beyond Latin-1</source>
            <translation>visible-string holds a character beyond Latin-1</translation>
        </message>
        <message>
            <source>bit-string "hex" does not match its "value"</source>
            <translation>bit-string "hex" does not match its "value"</translation>
        </message>
        <message>
            <source>compact-array element does not match the description</source>
            <translation>compact-array element does not match the description</translation>
        </message>
    </context>
    <context>
        <name>WrapperFrame</name>
        <message>
            <source>WRAPPER version %1 instead of 1</source>
            <translation>WRAPPER version %1 instead of 1</translation>
        </message>
        <message>
            <source>WRAPPER APDU of %1 bytes exceeds the limit of %2</source>
            <translation>WRAPPER APDU of %1 bytes exceeds the limit of %2</translation>
        </message>
        <message>
            <source>WRAPPER datagram carries %1 APDU bytes, its header says %2</source>
            <translation>WRAPPER datagram carries %1 APDU bytes, its header says %2</translation>
        </message>
        <message>
            <source>WRAPPER datagram shorter than its header</source>
            <translation>WRAPPER datagram shorter than its header</translation>
        </message>
    </context>
    <context>
        <name>XdlmsFields</name>
        <message>
            <source>the device reported success but sent no data</source>
            <translation>the device reported success but sent no data</translation>
        </message>
        <message>
            <source>Get-Data-Result choice %1 is neither data nor result</source>
            <translation>Get-Data-Result choice %1 is neither data nor result</translation>
        </message>
    </context>
    <context>
        <name>ims::client::DlmsClient</name>
        <message>
            <source>expected an AARE, got %1</source>
            <translation>expected an AARE, got %1</translation>
        </message>
        <message>
            <source>the AARE carries no InitiateResponse</source>
            <translation>the AARE carries no InitiateResponse</translation>
        </message>
        <message>
            <source>the device did not ask for HLS authentication (no challenge in the AARE)</source>
            <translation>the device did not ask for HLS authentication (no challenge in the AARE)</translation>
        </message>
        <message>
            <source>unexpected answer to reply_to_HLS_authentication: %1</source>
            <translation>unexpected answer to reply_to_HLS_authentication: %1</translation>
        </message>
        <message>
            <source>association rejected: the device refused our HLS proof (%1)</source>
            <translation>association rejected: the device refused our HLS proof (%1)</translation>
        </message>
        <message>
            <source>not associated with %1</source>
            <translation>not associated with %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>asked for %1 attributes, got %2 results</source>
            <translation>asked for %1 attributes, got %2 results</translation>
        </message>
        <message>
            <source>unexpected answer to SET: %1</source>
            <translation>unexpected answer to SET: %1</translation>
        </message>
        <message>
            <source>the answer exceeds %1 bytes</source>
            <translation>the answer exceeds %1 bytes</translation>
        </message>
        <message>
            <source>unexpected answer to ACTION: %1</source>
            <translation>unexpected answer to ACTION: %1</translation>
        </message>
        <message>
            <source>unexpected answer to GET: %1</source>
            <translation>unexpected answer to GET: %1</translation>
        </message>
        <message>
            <source>block %1 arrived where block %2 was expected</source>
            <translation>block %1 arrived where block %2 was expected</translation>
        </message>
        <message>
            <source>the value (%1 bytes) needs block transfer, which the device did not accept</source>
            <translation>the value (%1 bytes) needs block transfer, which the device did not accept</translation>
        </message>
        <message>
            <source>block %1 acknowledged where %2 was sent</source>
            <translation>block %1 acknowledged where %2 was sent</translation>
        </message>
        <message>
            <source>the parameters (%1 bytes) need block transfer, which the device did not accept</source>
            <translation>the parameters (%1 bytes) need block transfer, which the device did not accept</translation>
        </message>
        <message>
            <source>no answer from %1 for %2 s</source>
            <translation>no answer from %1 for %2 s</translation>
        </message>
    </context>
    <context>
        <name>ims::client::HdlcChannel</name>
        <message>
            <source>the HDLC data link to %1 is not connected</source>
            <translation>the HDLC data link to %1 is not connected</translation>
        </message>
        <message>
            <source>the link %1 was closed by the other side</source>
            <translation>the link %1 was closed by the other side</translation>
        </message>
    </context>
    <context>
        <name>ims::client::WrapperChannel</name>
        <message>
            <source>the link %1 was closed by the other side</source>
            <translation>the link %1 was closed by the other side</translation>
        </message>
        <message>
            <source>an APDU of %1 bytes does not fit a wrapper frame</source>
            <translation>an APDU of %1 bytes does not fit a wrapper frame</translation>
        </message>
    </context>
    <context>
        <name>ims::hdlc</name>
        <message>
            <source>HDLC frame of %1 bytes exceeds 2047</source>
            <translation>HDLC frame of %1 bytes exceeds 2047</translation>
        </message>
        <message>
            <source>HDLC address out of range</source>
            <translation>HDLC address out of range</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::AlarmListModel</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::EventListModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::MeterListModel</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Not responding</source>
            <translation>Not responding</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Decommissioned</source>
            <translation>Decommissioned</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Router</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Subscriber</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Plot</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::ProfileTableModel</name>
        <message>
            <source>invalid</source>
            <translation>invalid</translation>
        </message>
        <message>
            <source>clock set</source>
            <translation>clock set</translation>
        </message>
        <message>
            <source>power down</source>
            <translation>power down</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>incomplete</translation>
        </message>
        <message>
            <source>rounded</source>
            <translation>rounded</translation>
        </message>
        <message>
            <source>Interval end</source>
            <translation>Interval end</translation>
        </message>
        <message>
            <source>A+, kWh</source>
            <translation>A+, kWh</translation>
        </message>
        <message>
            <source>A−, kWh</source>
            <translation>A−, kWh</translation>
        </message>
        <message>
            <source>R+, kvarh</source>
            <translation>R+, kvarh</translation>
        </message>
        <message>
            <source>R−, kvarh</source>
            <translation>R−, kvarh</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::TopologyModel</name>
        <message>
            <source>%1, address %2</source>
            <translation>%1, address %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>ims::link::Link</name>
        <message>
            <source>%1: cannot write, the link is not open</source>
            <translation>%1: cannot write, the link is not open</translation>
        </message>
    </context>
    <context>
        <name>ims::link::MemoryLink</name>
        <message>
            <source>%1: the far end no longer exists</source>
            <translation>%1: the far end no longer exists</translation>
        </message>
        <message>
            <source>%1: the far end closed the link</source>
            <translation>%1: the far end closed the link</translation>
        </message>
    </context>
    <context>
        <name>ims::link::PtyEndpoint</name>
        <message>
            <source>pty %1: write failed: %2</source>
            <translation>pty %1: write failed: %2</translation>
        </message>
        <message>
            <source>pty %1: the slave side is closed (%2)</source>
            <translation>pty %1: the slave side is closed (%2)</translation>
        </message>
    </context>
    <context>
        <name>ims::link::SerialLink</name>
        <message>
            <source>%1: baud rate %2 is outside %3..%4</source>
            <translation>%1: baud rate %2 is outside %3..%4</translation>
        </message>
        <message>
            <source>%1: %2 data bits; only 7 or 8 are supported</source>
            <translation>%1: %2 data bits; only 7 or 8 are supported</translation>
        </message>
        <message>
            <source>%1: %2 stop bits; only 1 or 2 are supported</source>
            <translation>%1: %2 stop bits; only 1 or 2 are supported</translation>
        </message>
        <message>
            <source>%1: the inter-frame gap must be 0..%2 ms</source>
            <translation>%1: the inter-frame gap must be 0..%2 ms</translation>
        </message>
        <message>
            <source>%1: the port refused the %2: %3</source>
            <translation>%1: the port refused the %2: %3</translation>
        </message>
        <message>
            <source>baud rate</source>
            <translation>baud rate</translation>
        </message>
        <message>
            <source>character format %1</source>
            <translation>character format %1</translation>
        </message>
        <message>
            <source>stop bits</source>
            <translation>stop bits</translation>
        </message>
        <message>
            <source>flow control</source>
            <translation>flow control</translation>
        </message>
        <message>
            <source>no such device</source>
            <translation>no such device</translation>
        </message>
        <message>
            <source>permission denied or in use by another program</source>
            <translation>permission denied or in use by another program</translation>
        </message>
        <message>
            <source>already open</source>
            <translation>already open</translation>
        </message>
        <message>
            <source>cannot open</source>
            <translation>cannot open</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: the device failed or was disconnected (%2)</source>
            <translation>%1: the device failed or was disconnected (%2)</translation>
        </message>
    </context>
    <context>
        <name>ims::link::TcpLink</name>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>connection refused</translation>
        </message>
        <message>
            <source>host not found</source>
            <translation>host not found</translation>
        </message>
        <message>
            <source>network unreachable</source>
            <translation>network unreachable</translation>
        </message>
        <message>
            <source>cannot connect</source>
            <translation>cannot connect</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1: the remote end closed the connection</source>
            <translation>%1: the remote end closed the connection</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: no connection within %n ms</source>
            <translation>
                <numerusform>%1: no connection within %n ms</numerusform>
                <numerusform>%1: no connection within %n ms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ims::sim::SimNetwork</name>
        <message>
            <source>between 1 router and 12,000 meters per router, please</source>
            <translation>between 1 router and 12,000 meters per router, please</translation>
        </message>
        <message>
            <source>cannot create the link %1 to %2</source>
            <translation>cannot create the link %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>ims::sim::SocketLink</name>
        <message>
            <source>%1: the connection is gone</source>
            <translation>%1: the connection is gone</translation>
        </message>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: cannot write: %2</translation>
        </message>
        <message>
            <source>%1: the client closed the connection</source>
            <translation>%1: the client closed the connection</translation>
        </message>
    </context>
    <context>
        <name>ims::storage::StorageWriter</name>
        <message>
            <source>the storage writer is not running</source>
            <translation>the storage writer is not running</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::MainWindow</name>
        <message>
            <source>ImsDesk — metering workstation</source>
            <translation>ImsDesk — metering workstation</translation>
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
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>The language changes when ImsDesk is started again.</source>
            <translation>The language changes when ImsDesk is started again.</translation>
        </message>
        <message>
            <source>No network yet. Until the operator views arrive, use imsdesk-cli and imsdesk-sim (see README).</source>
            <translation>No network yet. Until the operator views arrive, use imsdesk-cli and imsdesk-sim (see README).</translation>
        </message>
    </context>
    <context>
        <name>imsdesk</name>
        <message>
            <source>Write a PNG of each main view into DIR and exit.</source>
            <translation>Write a PNG of each main view into DIR and exit.</translation>
        </message>
    </context>
    <context>
        <name>imsdesk-sim</name>
        <message>
            <source>Simulated SPODES meters, routers and PLC network</source>
            <translation>Simulated SPODES meters, routers and PLC network</translation>
        </message>
    </context>
</TS>
