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
        <name>AccountState</name>
        <message>
            <source> (out of credit)</source>
            <translation> (out of credit)</translation>
        </message>
        <message>
            <source> (low credit)</source>
            <translation> (low credit)</translation>
        </message>
        <message>
            <source>%1, balance %2%3, warning at %4, disconnection at %5</source>
            <translation>%1, balance %2%3, warning at %4, disconnection at %5</translation>
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
        <message>
            <source>Tampering: magnetic field or open cover</source>
            <translation>Tampering: magnetic field or open cover</translation>
        </message>
        <message>
            <source>Unauthorised access attempt</source>
            <translation>Unauthorised access attempt</translation>
        </message>
        <message>
            <source>Clock deviation above the limit</source>
            <translation>Clock deviation above the limit</translation>
        </message>
        <message>
            <source>journal %1, event %2</source>
            <translation>journal %1, event %2</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <source>clock was %1 s off, corrected</source>
            <translation>clock was %1 s off, corrected</translation>
        </message>
        <message>
            <source>clock is %1 s off, not corrected</source>
            <translation>clock is %1 s off, not corrected</translation>
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
        <name>BalanceMembersQuery</name>
        <message>
            <source>the period is empty</source>
            <translation>the period is empty</translation>
        </message>
        <message>
            <source>balance group %1 not found</source>
            <translation>balance group %1 not found</translation>
        </message>
        <message>
            <source>tamper events</source>
            <translation>tamper events</translation>
        </message>
        <message>
            <source>consumption collapsed</source>
            <translation>consumption collapsed</translation>
        </message>
        <message>
            <source>no recent data</source>
            <translation>no recent data</translation>
        </message>
        <message>
            <source>consumption surged</source>
            <translation>consumption surged</translation>
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
        <name>ChoiceCombo</name>
        <message>
            <source>%1 (not defined)</source>
            <translation>%1 (not defined)</translation>
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
        <name>CliDatabase</name>
        <message>
            <source>Database file.</source>
            <translation>Database file.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Print JSON.</translation>
        </message>
        <message>
            <source>--db FILE is required</source>
            <translation>--db FILE is required</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>no database at %1</translation>
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
        <name>ClockCommand</name>
        <message>
            <source>clock set: the time to set, ISO 8601 (default: this computer's time).</source>
            <translation>clock set: the time to set, ISO 8601 (default: this computer's time).</translation>
        </message>
        <message>
            <source>get, set, or shift SECONDS</source>
            <translation>get, set, or shift SECONDS</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli clock get | set [--time ISO] | shift SECONDS (--db FILE --meter SERIAL | connection options) [--yes] [--json]</source>
            <translation>usage: imsdesk-cli clock get | set [--time ISO] | shift SECONDS (--db FILE --meter SERIAL | connection options) [--yes] [--json]</translation>
        </message>
        <message>
            <source>shift: "%1" is not a number of seconds</source>
            <translation>shift: "%1" is not a number of seconds</translation>
        </message>
        <message>
            <source>--time: "%1" is not an ISO 8601 time</source>
            <translation>--time: "%1" is not an ISO 8601 time</translation>
        </message>
        <message>
            <source>set the clock of %1 to %2</source>
            <translation>set the clock of %1 to %2</translation>
        </message>
        <message>
            <source>this computer's time</source>
            <translation>this computer's time</translation>
        </message>
        <message>
            <source>shift the clock of %1 by %2 s</source>
            <translation>shift the clock of %1 by %2 s</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>could not connect: %1</translation>
        </message>
        <message>
            <source>%1 (%2 s from this computer)</source>
            <translation>%1 (%2 s from this computer)</translation>
        </message>
        <message>
            <source>read, set or shift a meter's clock</source>
            <translation>read, set or shift a meter's clock</translation>
        </message>
    </context>
    <context>
        <name>ClockControl</name>
        <message>
            <source>the meter accepted the time but the clock could not be read back: %1</source>
            <translation>the meter accepted the time but the clock could not be read back: %1</translation>
        </message>
        <message>
            <source>the clock reads %1</source>
            <translation>the clock reads %1</translation>
        </message>
        <message>
            <source>the meter accepted the time but its clock reads %1, %2 s away from what was asked</source>
            <translation>the meter accepted the time but its clock reads %1, %2 s away from what was asked</translation>
        </message>
        <message>
            <source>the meter refused: %1</source>
            <translation>the meter refused: %1</translation>
        </message>
        <message>
            <source>the command may have reached the meter but no answer came (%1); read the clock before retrying</source>
            <translation>the command may have reached the meter but no answer came (%1); read the clock before retrying</translation>
        </message>
        <message>
            <source>the clock is not a date-time</source>
            <translation>the clock is not a date-time</translation>
        </message>
        <message>
            <source>the clock reads %1, which is not a complete time</source>
            <translation>the clock reads %1, which is not a complete time</translation>
        </message>
        <message>
            <source>no valid time to set</source>
            <translation>no valid time to set</translation>
        </message>
        <message>
            <source>could not read the clock before setting it: %1</source>
            <translation>could not read the clock before setting it: %1</translation>
        </message>
        <message>
            <source>a shift of %1 s is outside -%2..%2 s; set the time instead</source>
            <translation>a shift of %1 s is outside -%2..%2 s; set the time instead</translation>
        </message>
        <message>
            <source>could not read the clock before shifting it: %1</source>
            <translation>could not read the clock before shifting it: %1</translation>
        </message>
    </context>
    <context>
        <name>CommissionCsvCli</name>
        <message>
            <source>line %1  %2  %3: %4</source>
            <translation>line %1  %2  %3: %4</translation>
        </message>
        <message>
            <source>bound</source>
            <translation>bound</translation>
        </message>
        <message>
            <source>will bind</source>
            <translation>will bind</translation>
        </message>
        <message>
            <source>line %1  %2  unchanged</source>
            <translation>line %1  %2  unchanged</translation>
        </message>
        <message>
            <source>line %1  %2  skipped: %3</source>
            <translation>line %1  %2  skipped: %3</translation>
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
            <source>serial;subscriber;account;plot;ct;vt;group per meter.</source>
            <translation>serial;subscriber;account;plot;ct;vt;group per meter.</translation>
        </message>
        <message>
            <source>Skip lines naming meters the database does not have, instead of refusing the file.</source>
            <translation>Skip lines naming meters the database does not have, instead of refusing the file.</translation>
        </message>
        <message>
            <source>Check the file and print what would change; write nothing.</source>
            <translation>Check the file and print what would change; write nothing.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Print JSON.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli commission --db FILE --csv FILE [--allow-unknown] [--dry-run] [--json]</source>
            <translation>usage: imsdesk-cli commission --db FILE --csv FILE [--allow-unknown] [--dry-run] [--json]</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>no database at %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>warning: %1</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>the file is refused, nothing was changed (%n problem(s))</source>
            <translation>
                <numerusform>the file is refused, nothing was changed (%n problem(s))</numerusform>
                <numerusform>the file is refused, nothing was changed (%n problem(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>dry run: %1 meter(s) would be bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) would be created</source>
            <translation>dry run: %1 meter(s) would be bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) would be created</translation>
        </message>
        <message>
            <source>%1 meter(s) bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) created</source>
            <translation>%1 meter(s) bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) created</translation>
        </message>
    </context>
    <context>
        <name>Commissioning</name>
        <message>
            <source>router %1 does not report the head meter %2</source>
            <translation>router %1 does not report the head meter %2</translation>
        </message>
        <message>
            <source>Substation %1</source>
            <translation>Substation %1</translation>
        </message>
    </context>
    <context>
        <name>CommissioningCsvImport</name>
        <message>
            <source>meter %1 is not in the database; skipped</source>
            <translation>meter %1 is not in the database; skipped</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>line %1: %2</translation>
        </message>
        <message>
            <source>meter %1 is not commissioned yet: the database does not have it. Take it in from its router first, or allow unknown meters to skip it</source>
            <translation>meter %1 is not commissioned yet: the database does not have it. Take it in from its router first, or allow unknown meters to skip it</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>account %1 belongs to "%2" in the database, the file says "%3"</source>
            <translation>account %1 belongs to "%2" in the database, the file says "%3"</translation>
        </message>
        <message>
            <source>subscriber %1 named "%2"</source>
            <translation>subscriber %1 named "%2"</translation>
        </message>
        <message>
            <source>%1 (new)</source>
            <translation>%1 (new)</translation>
        </message>
        <message>
            <source>subscriber: %1 → %2</source>
            <translation>subscriber: %1 → %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>plot: %1 → %2</source>
            <translation>plot: %1 → %2</translation>
        </message>
        <message>
            <source>meter %1 has readings whose primary energy was computed with %2 %3; the database keeps no history of ratios, so changing it to %4 would rewrite the past. A ratio can only be changed before the first reading</source>
            <translation>meter %1 has readings whose primary energy was computed with %2 %3; the database keeps no history of ratios, so changing it to %4 would rewrite the past. A ratio can only be changed before the first reading</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>CT</source>
            <translation>CT</translation>
        </message>
        <message>
            <source>VT</source>
            <translation>VT</translation>
        </message>
        <message numerus="yes">
            <source>%n balance group(s) are named "%1"; rename them apart first</source>
            <translation>
                <numerusform>%n balance group(s) are named "%1"; rename them apart first</numerusform>
                <numerusform>%n balance group(s) are named "%1"; rename them apart first</numerusform>
            </translation>
        </message>
        <message>
            <source>joins balance group "%1"</source>
            <translation>joins balance group "%1"</translation>
        </message>
        <message>
            <source>joins balance group "%1" (new)</source>
            <translation>joins balance group "%1" (new)</translation>
        </message>
        <message numerus="yes">
            <source>and %n more problem(s)</source>
            <translation>
                <numerusform>and %n more problem(s)</numerusform>
                <numerusform>and %n more problem(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>the file is refused, nothing was changed: %1</source>
            <translation>the file is refused, nothing was changed: %1</translation>
        </message>
        <message>
            <source>%1 vanished while binding</source>
            <translation>%1 vanished while binding</translation>
        </message>
    </context>
    <context>
        <name>CommissioningCsvParser</name>
        <message>
            <source>a quoted value opened on this line is never closed</source>
            <translation>a quoted value opened on this line is never closed</translation>
        </message>
        <message>
            <source>text follows a closing quote; quotes inside a quoted value are written twice ("")</source>
            <translation>text follows a closing quote; quotes inside a quoted value are written twice ("")</translation>
        </message>
        <message>
            <source>%1 is %2 bytes; the limit is %3 bytes (10 MB)</source>
            <translation>%1 is %2 bytes; the limit is %3 bytes (10 MB)</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than the limit of %2 bytes (10 MB)</source>
            <translation>%1 is larger than the limit of %2 bytes (10 MB)</translation>
        </message>
        <message>
            <source>the file is %1 bytes; the limit is %2 bytes (10 MB)</source>
            <translation>the file is %1 bytes; the limit is %2 bytes (10 MB)</translation>
        </message>
        <message>
            <source>the line is not UTF-8 text; save the file as "CSV UTF-8"</source>
            <translation>the line is not UTF-8 text; save the file as "CSV UTF-8"</translation>
        </message>
        <message>
            <source>the file is empty; the first line must name the columns: %1</source>
            <translation>the file is empty; the first line must name the columns: %1</translation>
        </message>
        <message>
            <source>column %1 has no name</source>
            <translation>column %1 has no name</translation>
        </message>
        <message>
            <source>unknown column "%1"; the columns are %2</source>
            <translation>unknown column "%1"; the columns are %2</translation>
        </message>
        <message>
            <source>column "%1" appears twice</source>
            <translation>column "%1" appears twice</translation>
        </message>
        <message>
            <source>the first line must name the columns, "serial" among them: %1</source>
            <translation>the first line must name the columns, "serial" among them: %1</translation>
        </message>
        <message>
            <source>%1 values, but the header names %2 columns</source>
            <translation>%1 values, but the header names %2 columns</translation>
        </message>
        <message>
            <source>the serial number is empty</source>
            <translation>the serial number is empty</translation>
        </message>
        <message>
            <source>meter %1 is already on line %2</source>
            <translation>meter %1 is already on line %2</translation>
        </message>
        <message>
            <source>%1 "%2" is not a ratio; write whole numbers such as 150/5 or 30</source>
            <translation>%1 "%2" is not a ratio; write whole numbers such as 150/5 or 30</translation>
        </message>
        <message>
            <source>subscriber "%1" has no account; a subscriber is known by the account</source>
            <translation>subscriber "%1" has no account; a subscriber is known by the account</translation>
        </message>
        <message>
            <source>account %1 is "%2" here but "%3" on line %4</source>
            <translation>account %1 is "%2" here but "%3" on line %4</translation>
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
        <message>
            <source>Optical probe: IEC 62056-21 sign-on with mode E, then HDLC on the same port (--baud: the probe's highest speed).</source>
            <translation>Optical probe: IEC 62056-21 sign-on with mode E, then HDLC on the same port (--baud: the probe's highest speed).</translation>
        </message>
        <message>
            <source>Device address for the optical sign-on (usually the serial number; default: any meter).</source>
            <translation>Device address for the optical sign-on (usually the serial number; default: any meter).</translation>
        </message>
        <message>
            <source>--optical carries HDLC (mode E); --wrapper is for TCP</source>
            <translation>--optical carries HDLC (mode E); --wrapper is for TCP</translation>
        </message>
        <message>
            <source>--optical-address: %1</source>
            <translation>--optical-address: %1</translation>
        </message>
        <message>
            <source>--optical-address needs --optical DEV</source>
            <translation>--optical-address needs --optical DEV</translation>
        </message>
    </context>
    <context>
        <name>ControlStore</name>
        <message>
            <source>no plan assigned</source>
            <translation>no plan assigned</translation>
        </message>
        <message>
            <source>not written yet</source>
            <translation>not written yet</translation>
        </message>
        <message>
            <source>in sync</source>
            <translation>in sync</translation>
        </message>
        <message>
            <source>written, waiting for activation</source>
            <translation>written, waiting for activation</translation>
        </message>
        <message>
            <source>unknown, to be retried</source>
            <translation>unknown, to be retried</translation>
        </message>
        <message>
            <source>out of sync</source>
            <translation>out of sync</translation>
        </message>
        <message>
            <source>no tariff plan named %1</source>
            <translation>no tariff plan named %1</translation>
        </message>
        <message>
            <source>tariff plan %1 has no stored document</source>
            <translation>tariff plan %1 has no stored document</translation>
        </message>
        <message>
            <source>no meter %1</source>
            <translation>no meter %1</translation>
        </message>
        <message>
            <source>%1: not assigned</source>
            <translation>%1: not assigned</translation>
        </message>
        <message>
            <source>waiting for activation</source>
            <translation>waiting for activation</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>differs</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ControlTarget</name>
        <message>
            <source>Database file: take the meter's connection from it and record the command.</source>
            <translation>Database file: take the meter's connection from it and record the command.</translation>
        </message>
        <message>
            <source>Serial number of the meter (with --db).</source>
            <translation>Serial number of the meter (with --db).</translation>
        </message>
        <message>
            <source>Who gives the command, for the record (default: the login name).</source>
            <translation>Who gives the command, for the record (default: the login name).</translation>
        </message>
        <message>
            <source>Do not ask for confirmation (scripts).</source>
            <translation>Do not ask for confirmation (scripts).</translation>
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
            <source>--meter needs --db</source>
            <translation>--meter needs --db</translation>
        </message>
        <message>
            <source>the device at %1</source>
            <translation>the device at %1</translation>
        </message>
        <message>
            <source> (physical address %1)</source>
            <translation> (physical address %1)</translation>
        </message>
        <message>
            <source>give either --db with --meter, or the connection options, not both</source>
            <translation>give either --db with --meter, or the connection options, not both</translation>
        </message>
        <message>
            <source>--db needs --meter SERIAL</source>
            <translation>--db needs --meter SERIAL</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>no database at %1</translation>
        </message>
        <message>
            <source>meter %1 (router %2)</source>
            <translation>meter %1 (router %2)</translation>
        </message>
        <message>
            <source>About to %1. Continue? [y/N] </source>
            <translation>About to %1. Continue? [y/N] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>not confirmed, nothing sent (no terminal to ask on; pass --yes to confirm in a script): %1</source>
            <translation>not confirmed, nothing sent (no terminal to ask on; pass --yes to confirm in a script): %1</translation>
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
        <name>CreditCommand</name>
        <message>
            <source>credit or prepayment.</source>
            <translation>credit or prepayment.</translation>
        </message>
        <message>
            <source>Low-credit warning threshold, in the meter's currency (e.g. 100.00).</source>
            <translation>Low-credit warning threshold, in the meter's currency (e.g. 100.00).</translation>
        </message>
        <message>
            <source>Disconnect threshold (the credit limit), in the meter's currency; may be negative.</source>
            <translation>Disconnect threshold (the credit limit), in the meter's currency; may be negative.</translation>
        </message>
        <message>
            <source>Payment, in the meter's currency (e.g. 500.00).</source>
            <translation>Payment, in the meter's currency (e.g. 500.00).</translation>
        </message>
        <message>
            <source>get, mode, thresholds or pay</source>
            <translation>get, mode, thresholds or pay</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli credit get | mode --mode credit|prepayment | thresholds [--low AMOUNT] [--disconnect AMOUNT] | pay --amount AMOUNT (--db FILE --meter SERIAL | connection options) [--yes] [--json]</source>
            <translation>usage: imsdesk-cli credit get | mode --mode credit|prepayment | thresholds [--low AMOUNT] [--disconnect AMOUNT] | pay --amount AMOUNT (--db FILE --meter SERIAL | connection options) [--yes] [--json]</translation>
        </message>
        <message>
            <source>credit mode needs --mode credit or --mode prepayment</source>
            <translation>credit mode needs --mode credit or --mode prepayment</translation>
        </message>
        <message>
            <source>credit thresholds needs --low, --disconnect or both</source>
            <translation>credit thresholds needs --low, --disconnect or both</translation>
        </message>
        <message>
            <source>--low (%1) must be above --disconnect (%2): otherwise the subscriber is disconnected without a warning</source>
            <translation>--low (%1) must be above --disconnect (%2): otherwise the subscriber is disconnected without a warning</translation>
        </message>
        <message>
            <source>credit pay needs --amount</source>
            <translation>credit pay needs --amount</translation>
        </message>
        <message>
            <source>--amount: a payment must be more than zero</source>
            <translation>--amount: a payment must be more than zero</translation>
        </message>
        <message>
            <source>switch %1 to prepayment: when its credit runs out the meter opens the load relay</source>
            <translation>switch %1 to prepayment: when its credit runs out the meter opens the load relay</translation>
        </message>
        <message>
            <source>switch %1 to credit mode: it no longer disconnects for lack of credit</source>
            <translation>switch %1 to credit mode: it no longer disconnects for lack of credit</translation>
        </message>
        <message>
            <source>set the prepayment thresholds of %1 (%2)</source>
            <translation>set the prepayment thresholds of %1 (%2)</translation>
        </message>
        <message>
            <source>credit %1 (in the meter's currency) to the account of %2</source>
            <translation>credit %1 (in the meter's currency) to the account of %2</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>could not connect: %1</translation>
        </message>
        <message>
            <source>read a meter's prepayment account, set its mode and thresholds, or credit a payment</source>
            <translation>read a meter's prepayment account, set its mode and thresholds, or credit a payment</translation>
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
        <name>DemoSetup</name>
        <message>
            <source>SNT Rassvet (demo)</source>
            <translation>SNT Rassvet (demo)</translation>
        </message>
        <message>
            <source>Substation TP-1 10/0.4 kV</source>
            <translation>Substation TP-1 10/0.4 kV</translation>
        </message>
        <message>
            <source>TP-1 router</source>
            <translation>TP-1 router</translation>
        </message>
        <message>
            <source>Demo: all meters every half hour</source>
            <translation>Demo: all meters every half hour</translation>
        </message>
        <message>
            <source>the demo router did not report its meters: %1</source>
            <translation>the demo router did not report its meters: %1</translation>
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
        <name>DisplayFormat</name>
        <message>
            <source>%1 kWh</source>
            <translation>%1 kWh</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
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
        <name>EngineCore</name>
        <message>
            <source>Schedule "%1": %2</source>
            <translation>Schedule "%1": %2</translation>
        </message>
        <message>
            <source>Switch schedule "%1": %2</source>
            <translation>Switch schedule "%1": %2</translation>
        </message>
        <message>
            <source>Switch schedules: %1</source>
            <translation>Switch schedules: %1</translation>
        </message>
        <message>
            <source>Switch schedules cannot run: %1</source>
            <translation>Switch schedules cannot run: %1</translation>
        </message>
        <message numerus="yes">
            <source>Demo substation commissioned: %n meter(s).</source>
            <translation>
                <numerusform>Demo substation commissioned: %n meter(s).</numerusform>
                <numerusform>Demo substation commissioned: %n meter(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo substation connected.</source>
            <translation>Demo substation connected.</translation>
        </message>
        <message>
            <source>The polling engine is not running.</source>
            <translation>The polling engine is not running.</translation>
        </message>
        <message>
            <source>Another group switch is still running.</source>
            <translation>Another group switch is still running.</translation>
        </message>
        <message>
            <source>group %1 (%2)</source>
            <translation>group %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n frame(s) not shown: the link is faster than the trace</source>
            <translation>
                <numerusform>%n frame(s) not shown: the link is faster than the trace</numerusform>
                <numerusform>%n frame(s) not shown: the link is faster than the trace</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngineWiring</name>
        <message numerus="yes">
            <source>%1: %n meter(s) queued</source>
            <translation>
                <numerusform>%1: %n meter(s) queued</numerusform>
                <numerusform>%1: %n meter(s) queued</numerusform>
            </translation>
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
        <name>FleetCli</name>
        <message>
            <source>usage: imsdesk-cli router add|list|meters --db FILE ...</source>
            <translation>usage: imsdesk-cli router add|list|meters --db FILE ...</translation>
        </message>
        <message>
            <source>Router name.</source>
            <translation>Router name.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Site (default: the first one).</source>
            <translation>Site (default: the first one).</translation>
        </message>
        <message>
            <source>Substation (default: the router's name).</source>
            <translation>Substation (default: the router's name).</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli router add --db FILE --name NAME (--tcp HOST:PORT [--wrapper] | --serial DEV ...) [security options]</source>
            <translation>usage: imsdesk-cli router add --db FILE --name NAME (--tcp HOST:PORT [--wrapper] | --serial DEV ...) [security options]</translation>
        </message>
        <message>
            <source>a router is reached over TCP or a serial line</source>
            <translation>a router is reached over TCP or a serial line</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>router %1 added (id %2), %3</source>
            <translation>router %1 added (id %2), %3</translation>
        </message>
        <message numerus="yes">
            <source>%n meter(s)</source>
            <translation>
                <numerusform>%n meter(s)</numerusform>
                <numerusform>%n meter(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Router name or id.</source>
            <translation>Router name or id.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli router meters --db FILE --router NAME [--json]</source>
            <translation>usage: imsdesk-cli router meters --db FILE --router NAME [--json]</translation>
        </message>
        <message>
            <source>served</source>
            <translation>served</translation>
        </message>
        <message>
            <source>discovered</source>
            <translation>discovered</translation>
        </message>
        <message>
            <source>not in database</source>
            <translation>not in database</translation>
        </message>
        <message>
            <source>in database</source>
            <translation>in database</translation>
        </message>
        <message>
            <source>Take every meter the router knows into the database.</source>
            <translation>Take every meter the router knows into the database.</translation>
        </message>
        <message>
            <source>Only the meters the router already serves.</source>
            <translation>Only the meters the router already serves.</translation>
        </message>
        <message>
            <source>Serial of the substation's input meter (heads a balance group of all the router's meters).</source>
            <translation>Serial of the substation's input meter (heads a balance group of all the router's meters).</translation>
        </message>
        <message>
            <source>SERIAL</source>
            <translation>SERIAL</translation>
        </message>
        <message>
            <source>router %1: %2 meter(s) added, %3 already in the database</source>
            <translation>router %1: %2 meter(s) added, %3 already in the database</translation>
        </message>
        <message>
            <source>Poll one router.</source>
            <translation>Poll one router.</translation>
        </message>
        <message>
            <source>Poll one meter.</source>
            <translation>Poll one meter.</translation>
        </message>
        <message>
            <source>Poll every router.</source>
            <translation>Poll every router.</translation>
        </message>
        <message>
            <source>daily, profile, events, registers, instant, clock or billing; comma-separated (default daily).</source>
            <translation>daily, profile, events, registers, instant, clock or billing; comma-separated (default daily).</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>WHAT</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli poll --db FILE (--router NAME | --meter SERIAL | --all) [--what daily|profile|events|registers|instant|clock|billing] [--json]</source>
            <translation>usage: imsdesk-cli poll --db FILE (--router NAME | --meter SERIAL | --all) [--what daily|profile|events|registers|instant|clock|billing] [--json]</translation>
        </message>
        <message>
            <source>%1: %2 of %3 meters done, %4 failed, %5 retries</source>
            <translation>%1: %2 of %3 meters done, %4 failed, %5 retries</translation>
        </message>
        <message>
            <source>%1 meter(s): %2 ok, %3 partial, %4 failed; %5 intervals stored; %6 bytes sent, %7 received; %8 s</source>
            <translation>%1 meter(s): %2 ok, %3 partial, %4 failed; %5 intervals stored; %6 bytes sent, %7 received; %8 s</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>add routers to the database, list them, list a router's meters</source>
            <translation>add routers to the database, list them, list a router's meters</translation>
        </message>
        <message>
            <source>read meters now and store what they hold</source>
            <translation>read meters now and store what they hold</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli commission --db FILE --router NAME (--all-discovered | --served-only) [--head-meter SERIAL] [--json]
       imsdesk-cli commission --db FILE --csv FILE [--allow-unknown] [--dry-run] [--json]</source>
            <translation>usage: imsdesk-cli commission --db FILE --router NAME (--all-discovered | --served-only) [--head-meter SERIAL] [--json]
       imsdesk-cli commission --db FILE --csv FILE [--allow-unknown] [--dry-run] [--json]</translation>
        </message>
        <message>
            <source>take the meters a router knows into the database, or bind meters to subscribers from a CSV</source>
            <translation>take the meters a router knows into the database, or bind meters to subscribers from a CSV</translation>
        </message>
    </context>
    <context>
        <name>FleetStore</name>
        <message>
            <source>router %1 has no TCP address</source>
            <translation>router %1 has no TCP address</translation>
        </message>
        <message>
            <source>router %1 has no serial port</source>
            <translation>router %1 has no serial port</translation>
        </message>
        <message>
            <source>a router needs a name</source>
            <translation>a router needs a name</translation>
        </message>
        <message>
            <source>a router named %1 already exists</source>
            <translation>a router named %1 already exists</translation>
        </message>
        <message>
            <source>no router %1</source>
            <translation>no router %1</translation>
        </message>
        <message>
            <source>meter %1 is not bound to a router (optical readout only)</source>
            <translation>meter %1 is not bound to a router (optical readout only)</translation>
        </message>
        <message>
            <source>no router with id %1</source>
            <translation>no router with id %1</translation>
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
        <name>GroupSwitchCli</name>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1: %2: %3</translation>
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
        <message>
            <source>the meter answered %1 times without taking or sending a frame</source>
            <translation>the meter answered %1 times without taking or sending a frame</translation>
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
        <name>Ingestor</name>
        <message>
            <source>cannot set up the ingest connection: %1</source>
            <translation>cannot set up the ingest connection: %1</translation>
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
        <name>InventoryReader</name>
        <message>
            <source>the meter list is not an array</source>
            <translation>the meter list is not an array</translation>
        </message>
        <message>
            <source>the meter list has too many entries</source>
            <translation>the meter list has too many entries</translation>
        </message>
        <message>
            <source>a meter list entry has the wrong shape</source>
            <translation>a meter list entry has the wrong shape</translation>
        </message>
        <message>
            <source>the route table is not an array</source>
            <translation>the route table is not an array</translation>
        </message>
        <message>
            <source>a route table entry has the wrong shape</source>
            <translation>a route table entry has the wrong shape</translation>
        </message>
    </context>
    <context>
        <name>KwhText</name>
        <message>
            <source>enter the threshold in kWh</source>
            <translation>enter the threshold in kWh</translation>
        </message>
        <message>
            <source>"%1" is not a number of kWh (e.g. 150 or 150.5)</source>
            <translation>"%1" is not a number of kWh (e.g. 150 or 150.5)</translation>
        </message>
        <message>
            <source>%1 kWh is more than a meter register holds (at most %2 kWh)</source>
            <translation>%1 kWh is more than a meter register holds (at most %2 kWh)</translation>
        </message>
        <message>
            <source>%1 kWh is finer than 1 Wh: at most three decimals</source>
            <translation>%1 kWh is finer than 1 Wh: at most three decimals</translation>
        </message>
    </context>
    <context>
        <name>LimitCommand</name>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>%1: %2, over %3 s, under %4 s</source>
            <translation>%1: %2, over %3 s, under %4 s</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a number of seconds</source>
            <translation>--%1: "%2" is not a number of seconds</translation>
        </message>
        <message>
            <source>power, current, voltage or differential-current.</source>
            <translation>power, current, voltage or differential-current.</translation>
        </message>
        <message>
            <source>Threshold in W, A or V; 0 switches the limit off.</source>
            <translation>Threshold in W, A or V; 0 switches the limit off.</translation>
        </message>
        <message>
            <source>Seconds over the threshold before the relay opens.</source>
            <translation>Seconds over the threshold before the relay opens.</translation>
        </message>
        <message>
            <source>Seconds under the threshold before reconnection.</source>
            <translation>Seconds under the threshold before reconnection.</translation>
        </message>
        <message>
            <source>get or set</source>
            <translation>get or set</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli limit get [--kind KIND] | set --kind KIND --threshold N [--over S] [--under S] (--db FILE --meter SERIAL | connection options) [--yes] [--json]</source>
            <translation>usage: imsdesk-cli limit get [--kind KIND] | set --kind KIND --threshold N [--over S] [--under S] (--db FILE --meter SERIAL | connection options) [--yes] [--json]</translation>
        </message>
        <message>
            <source>--kind must be power, current, voltage or differential-current</source>
            <translation>--kind must be power, current, voltage or differential-current</translation>
        </message>
        <message>
            <source>limit set needs --kind and --threshold</source>
            <translation>limit set needs --kind and --threshold</translation>
        </message>
        <message>
            <source>--threshold: "%1" is not a number of %2 (0 or more)</source>
            <translation>--threshold: "%1" is not a number of %2 (0 or more)</translation>
        </message>
        <message>
            <source>switch off the %1 limit of %2</source>
            <translation>switch off the %1 limit of %2</translation>
        </message>
        <message>
            <source>set the %1 limit of %2 to %3 %4: above it the meter opens the load relay</source>
            <translation>set the %1 limit of %2 to %3 %4: above it the meter opens the load relay</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>could not connect: %1</translation>
        </message>
        <message>
            <source>read or set a meter's power, current, voltage and differential-current limits</source>
            <translation>read or set a meter's power, current, voltage and differential-current limits</translation>
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
        <name>LimiterControl</name>
        <message>
            <source>%1 limit now %2 %3</source>
            <translation>%1 limit now %2 %3</translation>
        </message>
        <message>
            <source>the meter holds other values than written</source>
            <translation>the meter holds other values than written</translation>
        </message>
        <message>
            <source>the limiter is unchanged: %1</source>
            <translation>the limiter is unchanged: %1</translation>
        </message>
        <message>
            <source>the limiter was changed only in part (threshold %1 %2): %3</source>
            <translation>the limiter was changed only in part (threshold %1 %2): %3</translation>
        </message>
        <message>
            <source>the threshold is not a number</source>
            <translation>the threshold is not a number</translation>
        </message>
        <message>
            <source>%1 cannot be given exactly: the meter counts in steps of %2</source>
            <translation>%1 cannot be given exactly: the meter counts in steps of %2</translation>
        </message>
        <message>
            <source>%1 is outside what the meter's threshold (%2) can hold</source>
            <translation>%1 is outside what the meter's threshold (%2) can hold</translation>
        </message>
        <message>
            <source>the meter keeps this threshold as %1, which is not a number</source>
            <translation>the meter keeps this threshold as %1, which is not a number</translation>
        </message>
        <message>
            <source>the meter has no %1 limiter (%2)</source>
            <translation>the meter has no %1 limiter (%2)</translation>
        </message>
        <message>
            <source>a threshold cannot be negative</source>
            <translation>a threshold cannot be negative</translation>
        </message>
        <message>
            <source>could not read the limiter: %1</source>
            <translation>could not read the limiter: %1</translation>
        </message>
        <message>
            <source>%1 of the limiter writes were confirmed before the link failed (%2); read the limiter before retrying</source>
            <translation>%1 of the limiter writes were confirmed before the link failed (%2); read the limiter before retrying</translation>
        </message>
        <message>
            <source>the limiter could not be read back: %1</source>
            <translation>the limiter could not be read back: %1</translation>
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
        <name>MeterCardQuery</name>
        <message>
            <source>meter %1 not found</source>
            <translation>meter %1 not found</translation>
        </message>
    </context>
    <context>
        <name>MeterNodeItem</name>
        <message>
            <source>repeater %1</source>
            <translation>repeater %1</translation>
        </message>
    </context>
    <context>
        <name>MeterPaymentStatus</name>
        <message>
            <source>out of credit: the meter disconnects the subscriber</source>
            <translation>out of credit: the meter disconnects the subscriber</translation>
        </message>
        <message>
            <source>out of credit: the subscriber is in debt</source>
            <translation>out of credit: the subscriber is in debt</translation>
        </message>
        <message>
            <source>low credit: the subscriber is being warned to pay</source>
            <translation>low credit: the subscriber is being warned to pay</translation>
        </message>
    </context>
    <context>
        <name>MeterStatusQuery</name>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Not responding</source>
            <translation>Not responding</translation>
        </message>
        <message>
            <source>No data for a day</source>
            <translation>No data for a day</translation>
        </message>
        <message>
            <source>Open alarm</source>
            <translation>Open alarm</translation>
        </message>
        <message>
            <source>Relay open</source>
            <translation>Relay open</translation>
        </message>
        <message>
            <source>Clock off</source>
            <translation>Clock off</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Never polled</source>
            <translation>Never polled</translation>
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
        <name>NetworkGraphQuery</name>
        <message>
            <source>router %1 not found</source>
            <translation>router %1 not found</translation>
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
        <name>OpticalCommand</name>
        <message>
            <source>Manual readout through an optical probe.</source>
            <translation>Manual readout through an optical probe.</translation>
        </message>
        <message>
            <source>Serial port of the optical probe (/dev/ttyUSB0, COM3).</source>
            <translation>Serial port of the optical probe (/dev/ttyUSB0, COM3).</translation>
        </message>
        <message>
            <source>DEV</source>
            <translation>DEV</translation>
        </message>
        <message>
            <source>Device address for the sign-on (usually the serial number).</source>
            <translation>Device address for the sign-on (usually the serial number).</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>auto, iec, energomera or neva.</source>
            <translation>auto, iec, energomera or neva.</translation>
        </message>
        <message>
            <source>DIALECT</source>
            <translation>DIALECT</translation>
        </message>
        <message>
            <source>Password for programming mode (P1).</source>
            <translation>Password for programming mode (P1).</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>MODE</source>
            <translation>MODE</translation>
        </message>
        <message>
            <source>Highest baud rate of the probe.</source>
            <translation>Highest baud rate of the probe.</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Answer timeout in milliseconds.</source>
            <translation>Answer timeout in milliseconds.</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>MS</translation>
        </message>
        <message>
            <source>Repetitions of a failed readout.</source>
            <translation>Repetitions of a failed readout.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>One JSON object per value.</source>
            <translation>One JSON object per value.</translation>
        </message>
        <message>
            <source>Database file to store the reading in (export: to read from).</source>
            <translation>Database file to store the reading in (export: to read from).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Add a meter the database does not know as an optical-only meter.</source>
            <translation>Add a meter the database does not know as an optical-only meter.</translation>
        </message>
        <message>
            <source>Who took the reading.</source>
            <translation>Who took the reading.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Day to export (default: today).</source>
            <translation>Day to export (default: today).</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>CSV file to write (default: standard output).</source>
            <translation>CSV file to write (default: standard output).</translation>
        </message>
        <message>
            <source>Print each step of the readout on standard error.</source>
            <translation>Print each step of the readout on standard error.</translation>
        </message>
        <message>
            <source>no serial ports found; is the probe plugged in?</source>
            <translation>no serial ports found; is the probe plugged in?</translation>
        </message>
        <message>
            <source>--dialect wants auto, iec, energomera or neva</source>
            <translation>--dialect wants auto, iec, energomera or neva</translation>
        </message>
        <message>
            <source>--max-baud wants 300, 600, 1200, 2400, 4800, 9600 or 19200</source>
            <translation>--max-baud wants 300, 600, 1200, 2400, 4800, 9600 or 19200</translation>
        </message>
        <message>
            <source>--timeout wants milliseconds from 50 to 60000</source>
            <translation>--timeout wants milliseconds from 50 to 60000</translation>
        </message>
        <message>
            <source>--retries wants a number from 0 to 10</source>
            <translation>--retries wants a number from 0 to 10</translation>
        </message>
        <message>
            <source>--create-meter needs --db FILE</source>
            <translation>--create-meter needs --db FILE</translation>
        </message>
        <message>
            <source>serial not reported</source>
            <translation>serial not reported</translation>
        </message>
        <message>
            <source>attempts: %1</source>
            <translation>attempts: %1</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>value</source>
            <translation>value</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <source>not read: %1: %2</source>
            <translation>not read: %1: %2</translation>
        </message>
        <message>
            <source>meter %1 is not in the database %2; the reading was not stored. Run again with --create-meter to add it as an optical-only meter.</source>
            <translation>meter %1 is not in the database %2; the reading was not stored. Run again with --create-meter to add it as an optical-only meter.</translation>
        </message>
        <message>
            <source>stored %1 values as a manual optical reading of new meter %2 (optical only)</source>
            <translation>stored %1 values as a manual optical reading of new meter %2 (optical only)</translation>
        </message>
        <message>
            <source>stored %1 values as a manual optical reading of meter %2</source>
            <translation>stored %1 values as a manual optical reading of meter %2</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>no database at %1</translation>
        </message>
        <message>
            <source>--date wants a date as YYYY-MM-DD</source>
            <translation>--date wants a date as YYYY-MM-DD</translation>
        </message>
        <message>
            <source>cannot write to standard output</source>
            <translation>cannot write to standard output</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>cannot write %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>exported %n manual reading(s) of %1 to %2</source>
            <translation>
                <numerusform>exported %n manual reading(s) of %1 to %2</numerusform>
                <numerusform>exported %n manual reading(s) of %1 to %2</numerusform>
            </translation>
        </message>
        <message>
            <source>read a meter through an optical probe (IEC 62056-21), export manual readings</source>
            <translation>read a meter through an optical probe (IEC 62056-21), export manual readings</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli optical read --serial DEV [--address A] [--dialect auto|iec|energomera|neva] [--password P] [--mode auto|readout|programming|dlms] [--register CODE ...] [--max-baud B] [--timeout MS] [--retries N] [--dlms-client SAP] [--dlms-password P] [--json] [--db FILE [--create-meter] [--operator NAME]]
       imsdesk-cli optical write --serial DEV --register CODE --value V [--password P] [--address A] [--dialect D] [--json]
       imsdesk-cli optical dlms --serial DEV [--address A] get|set|action|profile|objects ... (the options of imsdesk-cli dlms)
       imsdesk-cli optical export --db FILE [--date YYYY-MM-DD] [--out FILE.csv]
       imsdesk-cli optical ports [--json]</source>
            <translation>usage: imsdesk-cli optical read --serial DEV [--address A] [--dialect auto|iec|energomera|neva] [--password P] [--mode auto|readout|programming|dlms] [--register CODE ...] [--max-baud B] [--timeout MS] [--retries N] [--dlms-client SAP] [--dlms-password P] [--json] [--db FILE [--create-meter] [--operator NAME]]
       imsdesk-cli optical write --serial DEV --register CODE --value V [--password P] [--address A] [--dialect D] [--json]
       imsdesk-cli optical dlms --serial DEV [--address A] get|set|action|profile|objects ... (the options of imsdesk-cli dlms)
       imsdesk-cli optical export --db FILE [--date YYYY-MM-DD] [--out FILE.csv]
       imsdesk-cli optical ports [--json]</translation>
        </message>
        <message>
            <source>auto, readout (data readout), programming (P1 + R1) or dlms (mode E). auto reads a meter that offers mode E through DLMS.</source>
            <translation>auto, readout (data readout), programming (P1 + R1) or dlms (mode E). auto reads a meter that offers mode E through DLMS.</translation>
        </message>
        <message>
            <source>Register to read in programming mode (repeatable); write: the register to set.</source>
            <translation>Register to read in programming mode (repeatable); write: the register to set.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>write: the new value, as the meter writes it (TIME_ 12:00:00).</source>
            <translation>write: the new value, as the meter writes it (TIME_ 12:00:00).</translation>
        </message>
        <message>
            <source>V</source>
            <translation>V</translation>
        </message>
        <message>
            <source>Mode E: DLMS client SAP (default 32, the meter reader).</source>
            <translation>Mode E: DLMS client SAP (default 32, the meter reader).</translation>
        </message>
        <message>
            <source>SAP</source>
            <translation>SAP</translation>
        </message>
        <message>
            <source>Mode E: LLS password of the DLMS client (default 12345678).</source>
            <translation>Mode E: LLS password of the DLMS client (default 12345678).</translation>
        </message>
        <message>
            <source>read, write, dlms, export or ports</source>
            <translation>read, write, dlms, export or ports</translation>
        </message>
        <message>
            <source>--register wants the register's code, e.g. 1.8.0 or ET0PE</source>
            <translation>--register wants the register's code, e.g. 1.8.0 or ET0PE</translation>
        </message>
        <message>
            <source>--mode wants auto, readout, programming or dlms</source>
            <translation>--mode wants auto, readout, programming or dlms</translation>
        </message>
        <message>
            <source>--dlms-client wants a client SAP from 1 to 127</source>
            <translation>--dlms-client wants a client SAP from 1 to 127</translation>
        </message>
        <message>
            <source>meter:    %1 (%2, %3)</source>
            <translation>meter:    %1 (%2, %3)</translation>
        </message>
        <message>
            <source>DLMS through mode E at %1 baud</source>
            <translation>DLMS through mode E at %1 baud</translation>
        </message>
        <message>
            <source>dialect %1</source>
            <translation>dialect %1</translation>
        </message>
        <message>
            <source>write needs one --register CODE and --value V</source>
            <translation>write needs one --register CODE and --value V</translation>
        </message>
        <message>
            <source>--value may not contain brackets (at most 128 characters)</source>
            <translation>--value may not contain brackets (at most 128 characters)</translation>
        </message>
        <message>
            <source>%1 written: %2; the meter now reads %3</source>
            <translation>%1 written: %2; the meter now reads %3</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(nothing)</translation>
        </message>
        <message>
            <source>not read back: %1: %2</source>
            <translation>not read back: %1: %2</translation>
        </message>
    </context>
    <context>
        <name>OpticalPorts</name>
        <message>
            <source>cannot create the directory %1</source>
            <translation>cannot create the directory %1</translation>
        </message>
        <message>
            <source>cannot link %1 to %2</source>
            <translation>cannot link %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>OpticalReadingRecorder</name>
        <message>
            <source>The meter reported no serial number, so the reading cannot be bound to a meter. Read it again with the meter's address.</source>
            <translation>The meter reported no serial number, so the reading cannot be bound to a meter. Read it again with the meter's address.</translation>
        </message>
        <message>
            <source>The readout holds no values to store.</source>
            <translation>The readout holds no values to store.</translation>
        </message>
        <message>
            <source>Cannot create meter %1: %2</source>
            <translation>Cannot create meter %1: %2</translation>
        </message>
        <message>
            <source>Cannot store the reading of meter %1: %2</source>
            <translation>Cannot store the reading of meter %1: %2</translation>
        </message>
    </context>
    <context>
        <name>OpticalSimOptions</name>
        <message>
            <source>Serve the optical port (IEC 62056-21) of a simulated meter per dialect on a pseudo-terminal, linked as DIR/optical-&lt;dialect&gt;.</source>
            <translation>Serve the optical port (IEC 62056-21) of a simulated meter per dialect on a pseudo-terminal, linked as DIR/optical-&lt;dialect&gt;.</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <source>DIALECT</source>
            <translation>DIALECT</translation>
        </message>
        <message>
            <source>FAULT</source>
            <translation>FAULT</translation>
        </message>
        <message>
            <source>The fault spoils only the first N sessions (0: every session).</source>
            <translation>The fault spoils only the first N sessions (0: every session).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Delay of every answer with --optical-fault slow, in milliseconds.</source>
            <translation>Delay of every answer with --optical-fault slow, in milliseconds.</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>MS</translation>
        </message>
        <message>
            <source>Reaction time of the optical meters in milliseconds (default: as their identification announces, 20 or 200).</source>
            <translation>Reaction time of the optical meters in milliseconds (default: as their identification announces, 20 or 200).</translation>
        </message>
        <message>
            <source>Serve only the optical ports: no routers, no network.</source>
            <translation>Serve only the optical ports: no routers, no network.</translation>
        </message>
        <message>
            <source>--optical-only needs --optical DIR</source>
            <translation>--optical-only needs --optical DIR</translation>
        </message>
        <message>
            <source>--optical wants a directory for the port links</source>
            <translation>--optical wants a directory for the port links</translation>
        </message>
        <message>
            <source>--optical-faulty-sessions wants a number, 0 or more</source>
            <translation>--optical-faulty-sessions wants a number, 0 or more</translation>
        </message>
        <message>
            <source>--optical-delay wants milliseconds from 0 to 600000</source>
            <translation>--optical-delay wants milliseconds from 0 to 600000</translation>
        </message>
        <message>
            <source>--optical-reaction wants milliseconds from 0 to 10000</source>
            <translation>--optical-reaction wants milliseconds from 0 to 10000</translation>
        </message>
        <message>
            <source>Optical meters to serve: iec, energomera, neva, spodes (DLMS through mode E) or all.</source>
            <translation>Optical meters to serve: iec, energomera, neva, spodes (DLMS through mode E) or all.</translation>
        </message>
        <message>
            <source>Misbehaviour of the optical meters: none, bad-bcc, garbage, echo, no-etx, slow, silent or no-mode-e.</source>
            <translation>Misbehaviour of the optical meters: none, bad-bcc, garbage, echo, no-etx, slow, silent or no-mode-e.</translation>
        </message>
        <message>
            <source>--optical-dialect wants iec, energomera, neva, spodes or all</source>
            <translation>--optical-dialect wants iec, energomera, neva, spodes or all</translation>
        </message>
        <message>
            <source>--optical-fault wants none, bad-bcc, garbage, echo, no-etx, slow, silent or no-mode-e</source>
            <translation>--optical-fault wants none, bad-bcc, garbage, echo, no-etx, slow, silent or no-mode-e</translation>
        </message>
        <message>
            <source>Open the optical port of these meters of the network (serial numbers, comma separated) on pseudo-terminals: IEC 62056-21 readout and mode E into DLMS, on the same meter the router reaches. Linked as DIR/optical-SERIAL with --pty-dir.</source>
            <translation>Open the optical port of these meters of the network (serial numbers, comma separated) on pseudo-terminals: IEC 62056-21 readout and mode E into DLMS, on the same meter the router reaches. Linked as DIR/optical-SERIAL with --pty-dir.</translation>
        </message>
        <message>
            <source>SERIAL[,SERIAL...]</source>
            <translation>SERIAL[,SERIAL...]</translation>
        </message>
        <message>
            <source>--optical-pty wants serial numbers (digits), comma separated: %1</source>
            <translation>--optical-pty wants serial numbers (digits), comma separated: %1</translation>
        </message>
        <message>
            <source>--optical-pty opens ports of network meters: not with --optical-only</source>
            <translation>--optical-pty opens ports of network meters: not with --optical-only</translation>
        </message>
    </context>
    <context>
        <name>PaymentControl</name>
        <message>
            <source>could not read the account: %1</source>
            <translation>could not read the account: %1</translation>
        </message>
        <message>
            <source>%1 of the writes were confirmed before the link failed (%2); read the account before retrying</source>
            <translation>%1 of the writes were confirmed before the link failed (%2); read the account before retrying</translation>
        </message>
        <message>
            <source>the account could not be read back: %1</source>
            <translation>the account could not be read back: %1</translation>
        </message>
        <message>
            <source>"%1" is not an amount (digits, a point and at most 6 decimals, e.g. 1500.50)</source>
            <translation>"%1" is not an amount (digits, a point and at most 6 decimals, e.g. 1500.50)</translation>
        </message>
        <message>
            <source>the amount is too large</source>
            <translation>the amount is too large</translation>
        </message>
        <message>
            <source>the amount cannot be given exactly</source>
            <translation>the amount cannot be given exactly</translation>
        </message>
        <message>
            <source>the meter counts money in steps of 10^%1: the amount cannot be given exactly</source>
            <translation>the meter counts money in steps of 10^%1: the amount cannot be given exactly</translation>
        </message>
        <message>
            <source>incomplete account state</source>
            <translation>incomplete account state</translation>
        </message>
        <message>
            <source>the meter has no prepayment account (Account %1, Credit %2): it does not support prepayment or credit control</source>
            <translation>the meter has no prepayment account (Account %1, Credit %2): it does not support prepayment or credit control</translation>
        </message>
        <message>
            <source>give the low-credit threshold, the disconnect threshold or both</source>
            <translation>give the low-credit threshold, the disconnect threshold or both</translation>
        </message>
        <message>
            <source>%1 is more than the meter can hold</source>
            <translation>%1 is more than the meter can hold</translation>
        </message>
        <message>
            <source>the low-credit warning (%1) must be above the disconnect threshold (%2): otherwise the subscriber is disconnected without a warning</source>
            <translation>the low-credit warning (%1) must be above the disconnect threshold (%2): otherwise the subscriber is disconnected without a warning</translation>
        </message>
        <message>
            <source>a payment must be more than zero</source>
            <translation>a payment must be more than zero</translation>
        </message>
        <message>
            <source>%1 is more than the largest single payment (%2)</source>
            <translation>%1 is more than the largest single payment (%2)</translation>
        </message>
        <message>
            <source>the balance would exceed what the meter can hold</source>
            <translation>the balance would exceed what the meter can hold</translation>
        </message>
        <message>
            <source>payment mode now %1</source>
            <translation>payment mode now %1</translation>
        </message>
        <message>
            <source>the meter holds another payment mode than written</source>
            <translation>the meter holds another payment mode than written</translation>
        </message>
        <message>
            <source>the payment mode is unchanged: %1</source>
            <translation>the payment mode is unchanged: %1</translation>
        </message>
        <message>
            <source>warning at %1, disconnection at %2</source>
            <translation>warning at %1, disconnection at %2</translation>
        </message>
        <message>
            <source>the meter holds other thresholds than written</source>
            <translation>the meter holds other thresholds than written</translation>
        </message>
        <message>
            <source>the thresholds are unchanged: %1</source>
            <translation>the thresholds are unchanged: %1</translation>
        </message>
        <message>
            <source>the thresholds were changed only in part (warning at %1, disconnection at %2): %3</source>
            <translation>the thresholds were changed only in part (warning at %1, disconnection at %2): %3</translation>
        </message>
        <message>
            <source>the meter refused the payment: %1</source>
            <translation>the meter refused the payment: %1</translation>
        </message>
        <message>
            <source> Before it, credit plus collected charges were %1: if they are %2 now, the payment was credited.</source>
            <translation> Before it, credit plus collected charges were %1: if they are %2 now, the payment was credited.</translation>
        </message>
        <message>
            <source>the payment of %1 may have reached the meter but no answer came (%2); do not repeat it before reading the balance.%3</source>
            <translation>the payment of %1 may have reached the meter but no answer came (%2); do not repeat it before reading the balance.%3</translation>
        </message>
        <message>
            <source>the meter accepted the payment but the account could not be read back (%1); read the balance before repeating it</source>
            <translation>the meter accepted the payment but the account could not be read back (%1); read the balance before repeating it</translation>
        </message>
        <message>
            <source>credited %1: %2</source>
            <translation>credited %1: %2</translation>
        </message>
        <message>
            <source>the meter accepted the payment of %1 but the balance did not change (%2)</source>
            <translation>the meter accepted the payment of %1 but the balance did not change (%2)</translation>
        </message>
        <message>
            <source>the balance changed by %1, not by the %2 paid: check the account</source>
            <translation>the balance changed by %1, not by the %2 paid: check the account</translation>
        </message>
        <message>
            <source>; reconnection permitted: the subscriber closes the relay with the button</source>
            <translation>; reconnection permitted: the subscriber closes the relay with the button</translation>
        </message>
        <message>
            <source>; the relay is still open</source>
            <translation>; the relay is still open</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>could not connect: %1</translation>
        </message>
    </context>
    <context>
        <name>PaymentNames</name>
        <message>
            <source>%1 is neither credit (1) nor prepayment (2)</source>
            <translation>%1 is neither credit (1) nor prepayment (2)</translation>
        </message>
        <message>
            <source>%1 is not an account status (1..3)</source>
            <translation>%1 is not an account status (1..3)</translation>
        </message>
        <message>
            <source>expected %1, got %2</source>
            <translation>expected %1, got %2</translation>
        </message>
        <message>
            <source>expected 8 bits, got %1</source>
            <translation>expected 8 bits, got %1</translation>
        </message>
        <message>
            <source>credit (pay after use)</source>
            <translation>credit (pay after use)</translation>
        </message>
        <message>
            <source>prepayment</source>
            <translation>prepayment</translation>
        </message>
        <message>
            <source>payment mode %1</source>
            <translation>payment mode %1</translation>
        </message>
        <message>
            <source>new, not active</source>
            <translation>new, not active</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>account status %1</source>
            <translation>account status %1</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>enabled</translation>
        </message>
        <message>
            <source>selectable</source>
            <translation>selectable</translation>
        </message>
        <message>
            <source>invoked</source>
            <translation>invoked</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>in use</translation>
        </message>
        <message>
            <source>exhausted</source>
            <translation>exhausted</translation>
        </message>
        <message>
            <source>credit status %1</source>
            <translation>credit status %1</translation>
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
        <name>PollPlanner</name>
        <message>
            <source>meter %1 is not reached through a router</source>
            <translation>meter %1 is not reached through a router</translation>
        </message>
        <message>
            <source>meter %1 is not active</source>
            <translation>meter %1 is not active</translation>
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
        <name>ProfileSeriesQuery</name>
        <message>
            <source>a bucket must be whole intervals</source>
            <translation>a bucket must be whole intervals</translation>
        </message>
        <message>
            <source>the period is empty</source>
            <translation>the period is empty</translation>
        </message>
        <message>
            <source>too many points for one chart</source>
            <translation>too many points for one chart</translation>
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
        <name>QuantityNames</name>
        <message>
            <source>Active energy import (A+)</source>
            <translation>Active energy import (A+)</translation>
        </message>
        <message>
            <source>Active energy export (A-)</source>
            <translation>Active energy export (A-)</translation>
        </message>
        <message>
            <source>Reactive energy import (R+)</source>
            <translation>Reactive energy import (R+)</translation>
        </message>
        <message>
            <source>Reactive energy export (R-)</source>
            <translation>Reactive energy export (R-)</translation>
        </message>
        <message>
            <source>Active power import</source>
            <translation>Active power import</translation>
        </message>
        <message>
            <source>Active power export</source>
            <translation>Active power export</translation>
        </message>
        <message>
            <source>Reactive power import</source>
            <translation>Reactive power import</translation>
        </message>
        <message>
            <source>Apparent power</source>
            <translation>Apparent power</translation>
        </message>
        <message>
            <source>Voltage</source>
            <translation>Voltage</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Current</translation>
        </message>
        <message>
            <source>Power factor</source>
            <translation>Power factor</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Frequency</translation>
        </message>
        <message>
            <source>Voltage L1</source>
            <translation>Voltage L1</translation>
        </message>
        <message>
            <source>Voltage L2</source>
            <translation>Voltage L2</translation>
        </message>
        <message>
            <source>Voltage L3</source>
            <translation>Voltage L3</translation>
        </message>
        <message>
            <source>Current L1</source>
            <translation>Current L1</translation>
        </message>
        <message>
            <source>Current L2</source>
            <translation>Current L2</translation>
        </message>
        <message>
            <source>Current L3</source>
            <translation>Current L3</translation>
        </message>
        <message>
            <source>Neutral current</source>
            <translation>Neutral current</translation>
        </message>
        <message>
            <source>Active power L1</source>
            <translation>Active power L1</translation>
        </message>
        <message>
            <source>Active power L2</source>
            <translation>Active power L2</translation>
        </message>
        <message>
            <source>Active power L3</source>
            <translation>Active power L3</translation>
        </message>
        <message>
            <source>Load relay</source>
            <translation>Load relay</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>VA</source>
            <translation>VA</translation>
        </message>
        <message>
            <source>var</source>
            <translation>var</translation>
        </message>
        <message>
            <source>Wh</source>
            <translation>Wh</translation>
        </message>
        <message>
            <source>VAh</source>
            <translation>VAh</translation>
        </message>
        <message>
            <source>varh</source>
            <translation>varh</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>V</source>
            <translation>V</translation>
        </message>
        <message>
            <source>Hz</source>
            <translation>Hz</translation>
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
        <message>
            <source>waiting for the meter to accept the new value of %1</source>
            <translation>waiting for the meter to accept the new value of %1</translation>
        </message>
        <message>
            <source>waiting for the meter to accept a value</source>
            <translation>waiting for the meter to accept a value</translation>
        </message>
        <message>
            <source>The meter refused the password (NAK); nothing was read or written. Check the password before trying again: meters lock the optical port after a few wrong ones.</source>
            <translation>The meter refused the password (NAK); nothing was read or written. Check the password before trying again: meters lock the optical port after a few wrong ones.</translation>
        </message>
        <message>
            <source>NAK to all %1 tries</source>
            <translation>NAK to all %1 tries</translation>
        </message>
        <message>
            <source>The meter refused to write %1 = "%2" (%3). The register may be read-only, the value out of range or in the wrong format, or the password's access level too low.</source>
            <translation>The meter refused to write %1 = "%2" (%3). The register may be read-only, the value out of range or in the wrong format, or the password's access level too low.</translation>
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
        <name>RelayCommand</name>
        <message>
            <source>off, on or state</source>
            <translation>off, on or state</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>open the load relay of %1: the subscriber loses power</source>
            <translation>open the load relay of %1: the subscriber loses power</translation>
        </message>
        <message>
            <source>reconnect the load relay of %1 (or, by its control mode, permit the subscriber to reconnect)</source>
            <translation>reconnect the load relay of %1 (or, by its control mode, permit the subscriber to reconnect)</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>could not connect: %1</translation>
        </message>
        <message>
            <source>switch a meter's load relay off or on, or read its state</source>
            <translation>switch a meter's load relay off or on, or read its state</translation>
        </message>
        <message>
            <source>Switch every member of a balance group (with --db; never its head meters).</source>
            <translation>Switch every member of a balance group (with --db; never its head meters).</translation>
        </message>
        <message>
            <source>Switch every meter on a feeder (with --db).</source>
            <translation>Switch every meter on a feeder (with --db).</translation>
        </message>
        <message>
            <source>Switch every meter behind a router (with --db).</source>
            <translation>Switch every meter behind a router (with --db).</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli relay off|on|state (--db FILE --meter SERIAL | connection options) [--yes] [--json]; relay off|on --db FILE (--group ID | --feeder ID | --router ID)</source>
            <translation>usage: imsdesk-cli relay off|on|state (--db FILE --meter SERIAL | connection options) [--yes] [--json]; relay off|on --db FILE (--group ID | --feeder ID | --router ID)</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli relay off|on --db FILE (--group ID | --feeder ID | --router ID) [--yes] [--json]</source>
            <translation>usage: imsdesk-cli relay off|on --db FILE (--group ID | --feeder ID | --router ID) [--yes] [--json]</translation>
        </message>
        <message>
            <source>%1 takes a numeric id</source>
            <translation>%1 takes a numeric id</translation>
        </message>
        <message>
            <source>--group, --feeder and --router need --db</source>
            <translation>--group, --feeder and --router need --db</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>no database at %1</translation>
        </message>
        <message>
            <source>%1 has no meters that can be switched</source>
            <translation>%1 has no meters that can be switched</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>open the load relays of %n meter(s) of %1 (%2): their subscribers lose power</source>
            <translation>
                <numerusform>open the load relays of %n meter(s) of %1 (%2): their subscribers lose power</numerusform>
                <numerusform>open the load relays of %n meter(s) of %1 (%2): their subscribers lose power</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>reconnect the load relays of %n meter(s) of %1 (%2)</source>
            <translation>
                <numerusform>reconnect the load relays of %n meter(s) of %1 (%2)</numerusform>
                <numerusform>reconnect the load relays of %n meter(s) of %1 (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>RelayControl</name>
        <message>
            <source>the meter has no load relay (disconnect control %1)</source>
            <translation>the meter has no load relay (disconnect control %1)</translation>
        </message>
        <message>
            <source>could not read the relay state: %1</source>
            <translation>could not read the relay state: %1</translation>
        </message>
        <message>
            <source>the meter refused: %1</source>
            <translation>the meter refused: %1</translation>
        </message>
        <message>
            <source>the command may have reached the meter but no answer came (%1); read the relay state before retrying</source>
            <translation>the command may have reached the meter but no answer came (%1); read the relay state before retrying</translation>
        </message>
        <message>
            <source>the meter accepted the command but the relay state could not be read back: %1</source>
            <translation>the meter accepted the command but the relay state could not be read back: %1</translation>
        </message>
        <message>
            <source>relay %1, %2, control mode %3</source>
            <translation>relay %1, %2, control mode %3</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>incomplete relay state</source>
            <translation>incomplete relay state</translation>
        </message>
        <message>
            <source>control mode %1 does not allow a remote disconnection (%2)</source>
            <translation>control mode %1 does not allow a remote disconnection (%2)</translation>
        </message>
        <message>
            <source>disconnected: %1</source>
            <translation>disconnected: %1</translation>
        </message>
        <message>
            <source>the meter accepted the command but reports %1</source>
            <translation>the meter accepted the command but reports %1</translation>
        </message>
        <message>
            <source>control mode %1 does not allow a remote reconnection (%2)</source>
            <translation>control mode %1 does not allow a remote reconnection (%2)</translation>
        </message>
        <message>
            <source>reconnected: %1</source>
            <translation>reconnected: %1</translation>
        </message>
        <message>
            <source>reconnection permitted: the subscriber closes the relay with the button on the meter (%1)</source>
            <translation>reconnection permitted: the subscriber closes the relay with the button on the meter (%1)</translation>
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
        <name>ScheduleCli</name>
        <message>
            <source>Period: 30m, 1h, 1d ...</source>
            <translation>Period: 30m, 1h, 1d ...</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>PERIOD</translation>
        </message>
        <message>
            <source>Local time of the first run of the day (HH:MM), or minutes past the period's start for shorter periods (MM).</source>
            <translation>Local time of the first run of the day (HH:MM), or minutes past the period's start for shorter periods (MM).</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>TIME</translation>
        </message>
        <message>
            <source>every site</source>
            <translation>every site</translation>
        </message>
        <message>
            <source>site %1</source>
            <translation>site %1</translation>
        </message>
        <message>
            <source>router %1</source>
            <translation>router %1</translation>
        </message>
        <message>
            <source>meter %1</source>
            <translation>meter %1</translation>
        </message>
        <message>
            <source>balance group %1</source>
            <translation>balance group %1</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli schedule list|add|set --db FILE ...</source>
            <translation>usage: imsdesk-cli schedule list|add|set --db FILE ...</translation>
        </message>
        <message>
            <source>%1  %2  %3: %4, every %5 s from +%6 s%7; last run %8</source>
            <translation>%1  %2  %3: %4, every %5 s from +%6 s%7; last run %8</translation>
        </message>
        <message>
            <source> (disabled)</source>
            <translation> (disabled)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Schedule name.</source>
            <translation>Schedule name.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Every router of a site (0: all).</source>
            <translation>Every router of a site (0: all).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>One router.</source>
            <translation>One router.</translation>
        </message>
        <message>
            <source>One meter.</source>
            <translation>One meter.</translation>
        </message>
        <message>
            <source>SERIAL</source>
            <translation>SERIAL</translation>
        </message>
        <message>
            <source>The meters of a balance group.</source>
            <translation>The meters of a balance group.</translation>
        </message>
        <message>
            <source>daily, profile, events, registers, instant, clock or billing; comma-separated.</source>
            <translation>daily, profile, events, registers, instant, clock or billing; comma-separated.</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>WHAT</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli schedule add --db FILE --name TEXT (--site ID | --router ID | --meter SERIAL | --group ID) --what WHAT --every PERIOD [--at TIME]</source>
            <translation>usage: imsdesk-cli schedule add --db FILE --name TEXT (--site ID | --router ID | --meter SERIAL | --group ID) --what WHAT --every PERIOD [--at TIME]</translation>
        </message>
        <message>
            <source>schedule %1 added: %2</source>
            <translation>schedule %1 added: %2</translation>
        </message>
        <message>
            <source>Schedule id.</source>
            <translation>Schedule id.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Run the schedule.</source>
            <translation>Run the schedule.</translation>
        </message>
        <message>
            <source>Stop running it.</source>
            <translation>Stop running it.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli schedule set --db FILE --id N [--every PERIOD] [--at TIME] [--enable | --disable]</source>
            <translation>usage: imsdesk-cli schedule set --db FILE --id N [--every PERIOD] [--at TIME] [--enable | --disable]</translation>
        </message>
        <message>
            <source>no poll schedule with id %1</source>
            <translation>no poll schedule with id %1</translation>
        </message>
        <message>
            <source>schedule %1 changed</source>
            <translation>schedule %1 changed</translation>
        </message>
        <message>
            <source>list, add and change the poll schedules run unattended</source>
            <translation>list, add and change the poll schedules run unattended</translation>
        </message>
    </context>
    <context>
        <name>ScheduleStore</name>
        <message>
            <source>a schedule repeats every 5 minutes or more, in steps that divide a day (or whole days up to a week)</source>
            <translation>a schedule repeats every 5 minutes or more, in steps that divide a day (or whole days up to a week)</translation>
        </message>
        <message>
            <source>the start offset must lie within one period</source>
            <translation>the start offset must lie within one period</translation>
        </message>
        <message>
            <source>a schedule must read something</source>
            <translation>a schedule must read something</translation>
        </message>
        <message>
            <source>no poll schedule with id %1</source>
            <translation>no poll schedule with id %1</translation>
        </message>
        <message>
            <source>poll schedule %1 has an unknown kind of target</source>
            <translation>poll schedule %1 has an unknown kind of target</translation>
        </message>
        <message>
            <source>Daily readout</source>
            <translation>Daily readout</translation>
        </message>
        <message>
            <source>Head meter every half hour</source>
            <translation>Head meter every half hour</translation>
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
        <message>
            <source>Modem turnaround per PLC hop in milliseconds (0: none).</source>
            <translation>Modem turnaround per PLC hop in milliseconds (0: none).</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>MS</translation>
        </message>
        <message>
            <source>--hop-latency wants milliseconds from 0 to 10000</source>
            <translation>--hop-latency wants milliseconds from 0 to 10000</translation>
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
        <message>
            <source>Prepayment: low credit warning</source>
            <translation>Prepayment: low credit warning</translation>
        </message>
        <message>
            <source>Prepayment: credit exhausted, consumer disconnected</source>
            <translation>Prepayment: credit exhausted, consumer disconnected</translation>
        </message>
        <message>
            <source>Prepayment: credit restored</source>
            <translation>Prepayment: credit restored</translation>
        </message>
        <message>
            <source>Energy-threshold zones or penalty tariff changed</source>
            <translation>Energy-threshold zones or penalty tariff changed</translation>
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
        <name>SwitchCalendar</name>
        <message>
            <source>sunrise and sunset need the site's coordinates (imsdesk-cli site coordinates)</source>
            <translation>sunrise and sunset need the site's coordinates (imsdesk-cli site coordinates)</translation>
        </message>
    </context>
    <context>
        <name>SwitchScheduleCli</name>
        <message>
            <source>usage: imsdesk-cli switch-schedule add|list|remove|run-due --db FILE ... (--help after the verb)</source>
            <translation>usage: imsdesk-cli switch-schedule add|list|remove|run-due --db FILE ... (--help after the verb)</translation>
        </message>
        <message>
            <source>What the schedule is called.</source>
            <translation>What the schedule is called.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>Switch one meter.</source>
            <translation>Switch one meter.</translation>
        </message>
        <message>
            <source>SERIAL</source>
            <translation>SERIAL</translation>
        </message>
        <message>
            <source>Switch the members of a balance group.</source>
            <translation>Switch the members of a balance group.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Switch a feeder's meters.</source>
            <translation>Switch a feeder's meters.</translation>
        </message>
        <message>
            <source>Switch a router's meters.</source>
            <translation>Switch a router's meters.</translation>
        </message>
        <message>
            <source>off (disconnect) or on (reconnect).</source>
            <translation>off (disconnect) or on (reconnect).</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ACTION</translation>
        </message>
        <message>
            <source>Local time HH:MM, or sunrise/sunset with an optional offset in minutes (sunset+15, sunrise-30).</source>
            <translation>Local time HH:MM, or sunrise/sunset with an optional offset in minutes (sunset+15, sunrise-30).</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>TIME</translation>
        </message>
        <message>
            <source>Days of the week: all (default), mon-fri, sat,sun ...</source>
            <translation>Days of the week: all (default), mon-fri, sat,sun ...</translation>
        </message>
        <message>
            <source>DAYS</source>
            <translation>DAYS</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli switch-schedule add --db FILE --name NAME (--meter SERIAL | --group ID | --feeder ID | --router ID) --action off|on --at HH:MM|sunrise[+-N]|sunset[+-N] [--days DAYS]</source>
            <translation>usage: imsdesk-cli switch-schedule add --db FILE --name NAME (--meter SERIAL | --group ID | --feeder ID | --router ID) --action off|on --at HH:MM|sunrise[+-N]|sunset[+-N] [--days DAYS]</translation>
        </message>
        <message>
            <source>--%1 takes a numeric id</source>
            <translation>--%1 takes a numeric id</translation>
        </message>
        <message>
            <source>switch schedule %1 added; next at %2 UTC</source>
            <translation>switch schedule %1 added; next at %2 UTC</translation>
        </message>
        <message>
            <source>switch schedule %1 added; not due within a week</source>
            <translation>switch schedule %1 added; not due within a week</translation>
        </message>
        <message>
            <source>(missing)</source>
            <translation>(missing)</translation>
        </message>
        <message>
            <source>%1  %2: %3 %4 at %5 (%6)%7; next %8; last: %9</source>
            <translation>%1  %2: %3 %4 at %5 (%6)%7; next %8; last: %9</translation>
        </message>
        <message>
            <source>, disabled</source>
            <translation>, disabled</translation>
        </message>
        <message>
            <source>none within a week</source>
            <translation>none within a week</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>The schedule to remove.</source>
            <translation>The schedule to remove.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli switch-schedule remove --db FILE --id N</source>
            <translation>usage: imsdesk-cli switch-schedule remove --db FILE --id N</translation>
        </message>
        <message>
            <source>switch schedule %1 removed</source>
            <translation>switch schedule %1 removed</translation>
        </message>
        <message>
            <source>Run as if it were this instant (ISO 8601 UTC; tests, catch-up).</source>
            <translation>Run as if it were this instant (ISO 8601 UTC; tests, catch-up).</translation>
        </message>
        <message>
            <source>Who runs them, for the record (default: the login name).</source>
            <translation>Who runs them, for the record (default: the login name).</translation>
        </message>
        <message>
            <source>--now takes an ISO 8601 time: %1</source>
            <translation>--now takes an ISO 8601 time: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>nothing due</source>
            <translation>nothing due</translation>
        </message>
        <message>
            <source>The site's id.</source>
            <translation>The site's id.</translation>
        </message>
        <message>
            <source>Latitude, degrees north.</source>
            <translation>Latitude, degrees north.</translation>
        </message>
        <message>
            <source>DEG</source>
            <translation>DEG</translation>
        </message>
        <message>
            <source>Longitude, degrees east.</source>
            <translation>Longitude, degrees east.</translation>
        </message>
        <message>
            <source>Forget the coordinates.</source>
            <translation>Forget the coordinates.</translation>
        </message>
        <message>
            <source>coordinates</source>
            <translation>coordinates</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli site coordinates --db FILE --site ID (--lat DEG --lon DEG | --clear)</source>
            <translation>usage: imsdesk-cli site coordinates --db FILE --site ID (--lat DEG --lon DEG | --clear)</translation>
        </message>
        <message>
            <source>site %1 at %2, %3</source>
            <translation>site %1 at %2, %3</translation>
        </message>
        <message>
            <source>site %1 has no coordinates now</source>
            <translation>site %1 has no coordinates now</translation>
        </message>
        <message>
            <source>relay switching at fixed times or at sunrise/sunset: add, list, remove, run what is due</source>
            <translation>relay switching at fixed times or at sunrise/sunset: add, list, remove, run what is due</translation>
        </message>
        <message>
            <source>a site's coordinates, for sunrise and sunset</source>
            <translation>a site's coordinates, for sunrise and sunset</translation>
        </message>
    </context>
    <context>
        <name>SwitchScheduleStore</name>
        <message>
            <source>latitude is -90..90 and longitude -180..180 degrees</source>
            <translation>latitude is -90..90 and longitude -180..180 degrees</translation>
        </message>
        <message>
            <source>no site with id %1</source>
            <translation>no site with id %1</translation>
        </message>
        <message>
            <source>the site's time zone %1 is unknown</source>
            <translation>the site's time zone %1 is unknown</translation>
        </message>
        <message>
            <source>no switch schedule with id %1</source>
            <translation>no switch schedule with id %1</translation>
        </message>
    </context>
    <context>
        <name>SwitchScheduleText</name>
        <message>
            <source>disconnect</source>
            <translation>disconnect</translation>
        </message>
        <message>
            <source>reconnect</source>
            <translation>reconnect</translation>
        </message>
        <message>
            <source>no such time of day: %1</source>
            <translation>no such time of day: %1</translation>
        </message>
        <message>
            <source>an offset from sunrise or sunset is at most 720 minutes</source>
            <translation>an offset from sunrise or sunset is at most 720 minutes</translation>
        </message>
        <message>
            <source>a switching time is HH:MM, sunrise or sunset, optionally with +N or -N minutes (sunset+15): %1</source>
            <translation>a switching time is HH:MM, sunrise or sunset, optionally with +N or -N minutes (sunset+15): %1</translation>
        </message>
        <message>
            <source>days are mon..sun, ranges and lists (mon-fri, sat,sun) or all: %1</source>
            <translation>days are mon..sun, ranges and lists (mon-fri, sat,sun) or all: %1</translation>
        </message>
        <message>
            <source>a schedule runs on at least one day</source>
            <translation>a schedule runs on at least one day</translation>
        </message>
        <message>
            <source>a schedule needs a name</source>
            <translation>a schedule needs a name</translation>
        </message>
        <message>
            <source>a schedule needs what it switches</source>
            <translation>a schedule needs what it switches</translation>
        </message>
        <message>
            <source>the switching time is out of range</source>
            <translation>the switching time is out of range</translation>
        </message>
    </context>
    <context>
        <name>SwitchTargets</name>
        <message>
            <source>meter %1</source>
            <translation>meter %1</translation>
        </message>
        <message>
            <source>balance group %1</source>
            <translation>balance group %1</translation>
        </message>
        <message>
            <source>feeder %1</source>
            <translation>feeder %1</translation>
        </message>
        <message>
            <source>router %1</source>
            <translation>router %1</translation>
        </message>
        <message>
            <source>no %1 with id %2</source>
            <translation>no %1 with id %2</translation>
        </message>
        <message>
            <source>cannot tell which site the %1 %2 belongs to</source>
            <translation>cannot tell which site the %1 %2 belongs to</translation>
        </message>
    </context>
    <context>
        <name>TariffCommand</name>
        <message>
            <source>--plan FILE.json is needed</source>
            <translation>--plan FILE.json is needed</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>at once</source>
            <translation>at once</translation>
        </message>
        <message>
            <source>write tariff plan "%1" (%2 tariffs) to %3, effective %4</source>
            <translation>write tariff plan "%1" (%2 tariffs) to %3, effective %4</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>could not connect: %1</translation>
        </message>
        <message>
            <source>passive calendar "%1" takes effect at %2</source>
            <translation>passive calendar "%1" takes effect at %2</translation>
        </message>
        <message>
            <source>the meter runs plan "%1"</source>
            <translation>the meter runs plan "%1"</translation>
        </message>
        <message>
            <source>plan "%1" is armed and takes effect at %2</source>
            <translation>plan "%1" is armed and takes effect at %2</translation>
        </message>
        <message>
            <source>the meter does not run plan "%1":</source>
            <translation>the meter does not run plan "%1":</translation>
        </message>
        <message>
            <source>Tariff plan file (JSON).</source>
            <translation>Tariff plan file (JSON).</translation>
        </message>
        <message>
            <source>Only validate the plan file; send nothing.</source>
            <translation>Only validate the plan file; send nothing.</translation>
        </message>
        <message>
            <source>write, read or verify</source>
            <translation>write, read or verify</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli tariff write|read|verify [--plan FILE.json] (--db FILE --meter SERIAL | connection options) [--yes] [--json]</source>
            <translation>usage: imsdesk-cli tariff write|read|verify [--plan FILE.json] (--db FILE --meter SERIAL | connection options) [--yes] [--json]</translation>
        </message>
        <message>
            <source>plan "%1" is valid (digest %2)</source>
            <translation>plan "%1" is valid (digest %2)</translation>
        </message>
        <message>
            <source>write, read or verify a meter's tariff plan (activity calendar)</source>
            <translation>write, read or verify a meter's tariff plan (activity calendar)</translation>
        </message>
        <message>
            <source>--activate: "%1" is neither "now" nor a time such as "2026-04-01 00:00" or 2026-04-01T00:00:00+03:00</source>
            <translation>--activate: "%1" is neither "now" nor a time such as "2026-04-01 00:00" or 2026-04-01T00:00:00+03:00</translation>
        </message>
        <message>
            <source>When the plan takes effect: now (default), "YYYY-MM-DD HH:MM" (local time) or an ISO 8601 time.</source>
            <translation>When the plan takes effect: now (default), "YYYY-MM-DD HH:MM" (local time) or an ISO 8601 time.</translation>
        </message>
    </context>
    <context>
        <name>TariffPlanCompare</name>
        <message>
            <source>calendar name: plan %1, meter %2</source>
            <translation>calendar name: plan %1, meter %2</translation>
        </message>
        <message>
            <source>seasons: plan %1; meter %2</source>
            <translation>seasons: plan %1; meter %2</translation>
        </message>
        <message>
            <source>week profiles: plan %1; meter %2</source>
            <translation>week profiles: plan %1; meter %2</translation>
        </message>
        <message>
            <source>day profile %1: plan %2; meter %3</source>
            <translation>day profile %1: plan %2; meter %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>special days: plan %1; meter %2</source>
            <translation>special days: plan %1; meter %2</translation>
        </message>
        <message>
            <source>energy zones: plan %1; meter %2</source>
            <translation>energy zones: plan %1; meter %2</translation>
        </message>
    </context>
    <context>
        <name>TariffPlanJson</name>
        <message>
            <source>%1: unknown key "%2" (expected one of: %3)</source>
            <translation>%1: unknown key "%2" (expected one of: %3)</translation>
        </message>
        <message>
            <source>%1: "%2" is missing</source>
            <translation>%1: "%2" is missing</translation>
        </message>
        <message>
            <source>%1.%2 must be an array</source>
            <translation>%1.%2 must be an array</translation>
        </message>
        <message>
            <source>%1.%2 has %3 entries; at most %4 are accepted</source>
            <translation>%1.%2 has %3 entries; at most %4 are accepted</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 must be an object</translation>
        </message>
        <message>
            <source>%1.%2 must be a string</source>
            <translation>%1.%2 must be a string</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3</source>
            <translation>%1 must be a whole number from %2 to %3</translation>
        </message>
        <message>
            <source>%1: "%2" is not a time of day HH:MM</source>
            <translation>%1: "%2" is not a time of day HH:MM</translation>
        </message>
        <message>
            <source>%1: "%2" is not a date MM-DD or YYYY-MM-DD</source>
            <translation>%1: "%2" is not a date MM-DD or YYYY-MM-DD</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 bytes; not a tariff plan</source>
            <translation>%1 is larger than %2 bytes; not a tariff plan</translation>
        </message>
        <message>
            <source>the plan is larger than %1 bytes</source>
            <translation>the plan is larger than %1 bytes</translation>
        </message>
        <message>
            <source>the plan is not valid JSON: %1 at offset %2</source>
            <translation>the plan is not valid JSON: %1 at offset %2</translation>
        </message>
        <message>
            <source>the plan must be a JSON object</source>
            <translation>the plan must be a JSON object</translation>
        </message>
        <message>
            <source>plan.format is "%1"; this program reads "%2"</source>
            <translation>plan.format is "%1"; this program reads "%2"</translation>
        </message>
        <message>
            <source>%1.days must list 7 day profile ids, Monday first</source>
            <translation>%1.days must list 7 day profile ids, Monday first</translation>
        </message>
    </context>
    <context>
        <name>TariffPlanTemplates</name>
        <message>
            <source>week</source>
            <translation>week</translation>
        </message>
        <message>
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <source>Two-zone</source>
            <translation>Two-zone</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Night</translation>
        </message>
        <message>
            <source>Three-zone</source>
            <translation>Three-zone</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>Peak</translation>
        </message>
        <message>
            <source>Half-peak</source>
            <translation>Half-peak</translation>
        </message>
    </context>
    <context>
        <name>TariffPlanValidator</name>
        <message>
            <source>the plan has no name</source>
            <translation>the plan has no name</translation>
        </message>
        <message>
            <source>the plan name is %1 bytes long; at most %2 fit in the meter</source>
            <translation>the plan name is %1 bytes long; at most %2 fit in the meter</translation>
        </message>
        <message>
            <source>the plan declares no tariffs</source>
            <translation>the plan declares no tariffs</translation>
        </message>
        <message>
            <source>the plan has %1 tariffs; a meter switches at most %2</source>
            <translation>the plan has %1 tariffs; a meter switches at most %2</translation>
        </message>
        <message>
            <source>tariff %1 is declared twice</source>
            <translation>tariff %1 is declared twice</translation>
        </message>
        <message>
            <source>tariff number %1 is outside 1..%2</source>
            <translation>tariff number %1 is outside 1..%2</translation>
        </message>
        <message>
            <source>the plan has no day profiles</source>
            <translation>the plan has no day profiles</translation>
        </message>
        <message>
            <source>day profile %1 is defined twice</source>
            <translation>day profile %1 is defined twice</translation>
        </message>
        <message>
            <source>day profile %1 has no switch times</source>
            <translation>day profile %1 has no switch times</translation>
        </message>
        <message>
            <source>day profile %1 switches twice at %2 (tariffs %3 and %4): the periods overlap</source>
            <translation>day profile %1 switches twice at %2 (tariffs %3 and %4): the periods overlap</translation>
        </message>
        <message>
            <source>day profile %1 switches to tariff %2 at %3, which the plan does not declare</source>
            <translation>day profile %1 switches to tariff %2 at %3, which the plan does not declare</translation>
        </message>
        <message>
            <source>the meter has %1 tariff registers; the plan switches to tariff %2</source>
            <translation>the meter has %1 tariff registers; the plan switches to tariff %2</translation>
        </message>
        <message>
            <source>the plan has no week profiles</source>
            <translation>the plan has no week profiles</translation>
        </message>
        <message>
            <source>week profile %1 is defined twice</source>
            <translation>week profile %1 is defined twice</translation>
        </message>
        <message>
            <source>a week profile has no name</source>
            <translation>a week profile has no name</translation>
        </message>
        <message>
            <source>week profile %1 uses day profile %2, which the plan does not define</source>
            <translation>week profile %1 uses day profile %2, which the plan does not define</translation>
        </message>
        <message>
            <source>the plan has no seasons</source>
            <translation>the plan has no seasons</translation>
        </message>
        <message>
            <source>season %1 is defined twice</source>
            <translation>season %1 is defined twice</translation>
        </message>
        <message>
            <source>seasons %1 and %2 both start on %3</source>
            <translation>seasons %1 and %2 both start on %3</translation>
        </message>
        <message>
            <source>season %1 uses week profile %2, which the plan does not define</source>
            <translation>season %1 uses week profile %2, which the plan does not define</translation>
        </message>
        <message>
            <source>the plan has %1 special days but the meter has no special days table</source>
            <translation>the plan has %1 special days but the meter has no special days table</translation>
        </message>
        <message>
            <source>special day %1 is listed twice</source>
            <translation>special day %1 is listed twice</translation>
        </message>
        <message>
            <source>special day %1 uses day profile %2, which the plan does not define</source>
            <translation>special day %1 uses day profile %2, which the plan does not define</translation>
        </message>
        <message>
            <source>the tariff plan cannot be written: %1</source>
            <translation>the tariff plan cannot be written: %1</translation>
        </message>
        <message>
            <source>the plan has %1 energy zones; at most %2 are possible</source>
            <translation>the plan has %1 energy zones; at most %2 are possible</translation>
        </message>
        <message>
            <source>energy zone %1 starts at %2 Wh, not above zone %3 (%4 Wh): thresholds must ascend</source>
            <translation>energy zone %1 starts at %2 Wh, not above zone %3 (%4 Wh): thresholds must ascend</translation>
        </message>
        <message>
            <source>energy zone %1 uses tariff %2, outside 1..%3</source>
            <translation>energy zone %1 uses tariff %2, outside 1..%3</translation>
        </message>
        <message>
            <source>energy zone %1 uses tariff %2, which the plan does not declare</source>
            <translation>energy zone %1 uses tariff %2, which the plan does not declare</translation>
        </message>
        <message>
            <source>the penalty tariff %1 is outside 1..%2</source>
            <translation>the penalty tariff %1 is outside 1..%2</translation>
        </message>
        <message>
            <source>the penalty tariff %1 is not declared in the plan</source>
            <translation>the penalty tariff %1 is not declared in the plan</translation>
        </message>
        <message>
            <source>the plan has %1 energy zones but the meter does not support energy-threshold zones</source>
            <translation>the plan has %1 energy zones but the meter does not support energy-threshold zones</translation>
        </message>
        <message>
            <source>the plan has a penalty tariff but the meter does not support one</source>
            <translation>the plan has a penalty tariff but the meter does not support one</translation>
        </message>
    </context>
    <context>
        <name>TariffProgrammer</name>
        <message>
            <source>the meter has no activity calendar (%1): it cannot be given a tariff plan</source>
            <translation>the meter has no activity calendar (%1): it cannot be given a tariff plan</translation>
        </message>
        <message>
            <source>could not read the activity calendar: %1</source>
            <translation>could not read the activity calendar: %1</translation>
        </message>
        <message>
            <source>could not read the tariff script table: %1</source>
            <translation>could not read the tariff script table: %1</translation>
        </message>
        <message>
            <source>could not read the special days table: %1</source>
            <translation>could not read the special days table: %1</translation>
        </message>
        <message>
            <source>could not read the meter's clock: %1</source>
            <translation>could not read the meter's clock: %1</translation>
        </message>
        <message>
            <source>the activation time %1 is not after the meter's clock (%2); activate now instead</source>
            <translation>the activation time %1 is not after the meter's clock (%2); activate now instead</translation>
        </message>
        <message>
            <source>writing the calendar failed before it began: %1; the meter runs its old plan</source>
            <translation>writing the calendar failed before it began: %1; the meter runs its old plan</translation>
        </message>
        <message>
            <source>writing the passive calendar failed at step %1 of 5: %2; it is not armed, the meter runs its old plan (write again)</source>
            <translation>writing the passive calendar failed at step %1 of 5: %2; it is not armed, the meter runs its old plan (write again)</translation>
        </message>
        <message>
            <source>the meter refused to activate the plan: %1; it runs its old plan</source>
            <translation>the meter refused to activate the plan: %1; it runs its old plan</translation>
        </message>
        <message>
            <source>the activation was sent but not confirmed (%1): the meter may run either plan; verify or write again</source>
            <translation>the activation was sent but not confirmed (%1): the meter may run either plan; verify or write again</translation>
        </message>
        <message>
            <source>the calendar is armed but the special days were not written (%1); write the plan again</source>
            <translation>the calendar is armed but the special days were not written (%1); write the plan again</translation>
        </message>
        <message>
            <source>the plan was written but could not be read back (%1); verify it</source>
            <translation>the plan was written but could not be read back (%1); verify it</translation>
        </message>
        <message>
            <source>the meter's calendar could not be decoded: %1</source>
            <translation>the meter's calendar could not be decoded: %1</translation>
        </message>
        <message>
            <source>activation time: asked %1, meter %2</source>
            <translation>activation time: asked %1, meter %2</translation>
        </message>
        <message>
            <source>no special days table</source>
            <translation>no special days table</translation>
        </message>
        <message>
            <source>the special days could not be read back; verify the plan</source>
            <translation>the special days could not be read back; verify the plan</translation>
        </message>
        <message>
            <source>the meter's calendar differs from the plan</source>
            <translation>the meter's calendar differs from the plan</translation>
        </message>
        <message>
            <source>the meter accepted the plan but reads back differently: %1</source>
            <translation>the meter accepted the plan but reads back differently: %1</translation>
        </message>
        <message>
            <source>plan "%1" written and verified; it takes effect at %2</source>
            <translation>plan "%1" written and verified; it takes effect at %2</translation>
        </message>
        <message>
            <source>plan "%1" written, activated and verified</source>
            <translation>plan "%1" written, activated and verified</translation>
        </message>
        <message>
            <source>could not read the meter's energy zones: %1</source>
            <translation>could not read the meter's energy zones: %1</translation>
        </message>
        <message>
            <source>the calendar is armed but the energy zones were not written (%1); write the plan again</source>
            <translation>the calendar is armed but the energy zones were not written (%1); write the plan again</translation>
        </message>
        <message>
            <source>the energy zones could not be read back (%1); verify the plan</source>
            <translation>the energy zones could not be read back (%1); verify the plan</translation>
        </message>
    </context>
    <context>
        <name>TariffService</name>
        <message>
            <source>Connecting to meter %1…</source>
            <translation>Connecting to meter %1…</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>could not connect: %1</translation>
        </message>
        <message>
            <source>Writing the plan and reading it back…</source>
            <translation>Writing the plan and reading it back…</translation>
        </message>
        <message>
            <source>Recording the result…</source>
            <translation>Recording the result…</translation>
        </message>
    </context>
    <context>
        <name>TariffZones</name>
        <message>
            <source>%1 kWh</source>
            <translation>%1 kWh</translation>
        </message>
        <message>
            <source>%1 Wh</source>
            <translation>%1 Wh</translation>
        </message>
        <message>
            <source>the zone monitor watches %1, not the period's energy %2</source>
            <translation>the zone monitor watches %1, not the period's energy %2</translation>
        </message>
        <message>
            <source>the zone monitor has %1 thresholds but %2 actions</source>
            <translation>the zone monitor has %1 thresholds but %2 actions</translation>
        </message>
        <message>
            <source>zone threshold %1 is not a number of Wh</source>
            <translation>zone threshold %1 is not a number of Wh</translation>
        </message>
        <message>
            <source>zone %1 runs %2, not the tariff script table</source>
            <translation>zone %1 runs %2, not the tariff script table</translation>
        </message>
        <message>
            <source>the penalty tariff is not a tariff number</source>
            <translation>the penalty tariff is not a tariff number</translation>
        </message>
        <message>
            <source>from %1 T%2</source>
            <translation>from %1 T%2</translation>
        </message>
        <message>
            <source>no zones</source>
            <translation>no zones</translation>
        </message>
        <message>
            <source>; penalty T%1</source>
            <translation>; penalty T%1</translation>
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
        <name>WalCheckpointer</name>
        <message>
            <source>cannot hand checkpoints to their thread: %1</source>
            <translation>cannot hand checkpoints to their thread: %1</translation>
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
        <name>ims::app::DemoNetwork</name>
        <message>
            <source>the demo router did not open a TCP port</source>
            <translation>the demo router did not open a TCP port</translation>
        </message>
    </context>
    <context>
        <name>ims::app::EngineHost</name>
        <message>
            <source>Readings could not be stored: %1</source>
            <translation>Readings could not be stored: %1</translation>
        </message>
        <message>
            <source>The polling engine is not running.</source>
            <translation>The polling engine is not running.</translation>
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
        <name>ims::client::OpticalDlmsChannel</name>
        <message>
            <source>The optical probe was closed after the mode E hand-over; sign on again to talk to the meter.</source>
            <translation>The optical probe was closed after the mode E hand-over; sign on again to talk to the meter.</translation>
        </message>
        <message>
            <source>DLMS through the optical probe %1 is not connected</source>
            <translation>DLMS through the optical probe %1 is not connected</translation>
        </message>
        <message>
            <source>%1 (IEC 62056-21 mode E)</source>
            <translation>%1 (IEC 62056-21 mode E)</translation>
        </message>
        <message>
            <source>optical %1 (IEC 62056-21 mode E)</source>
            <translation>optical %1 (IEC 62056-21 mode E)</translation>
        </message>
        <message>
            <source>The optical probe %1 was closed during the hand-over to mode E.</source>
            <translation>The optical probe %1 was closed during the hand-over to mode E.</translation>
        </message>
        <message>
            <source>The sign-on for DLMS through the optical probe (mode E) failed: %1</source>
            <translation>The sign-on for DLMS through the optical probe (mode E) failed: %1</translation>
        </message>
        <message>
            <source>The meter switched to mode E but does not answer HDLC at %1 (%2). Check the client and server addresses.</source>
            <translation>The meter switched to mode E but does not answer HDLC at %1 (%2). Check the client and server addresses.</translation>
        </message>
        <message>
            <source>The meter did not confirm the switch to mode E (ACK 2 Z 2) and does not answer HDLC at %1 (%2). Its optical port may not offer DLMS, or the probe slipped during the hand-over.</source>
            <translation>The meter did not confirm the switch to mode E (ACK 2 Z 2) and does not answer HDLC at %1 (%2). Its optical port may not offer DLMS, or the probe slipped during the hand-over.</translation>
        </message>
    </context>
    <context>
        <name>ims::client::OpticalMeterReader</name>
        <message>
            <source>The readout was cancelled.</source>
            <translation>The readout was cancelled.</translation>
        </message>
        <message>
            <source>The optical probe was closed during the hand-over to mode E.</source>
            <translation>The optical probe was closed during the hand-over to mode E.</translation>
        </message>
        <message>
            <source>mode E at %1 baud: associating with the meter's DLMS server</source>
            <translation>mode E at %1 baud: associating with the meter's DLMS server</translation>
        </message>
        <message>
            <source>reading the serial number (DLMS)</source>
            <translation>reading the serial number (DLMS)</translation>
        </message>
        <message>
            <source>reading the clock (DLMS)</source>
            <translation>reading the clock (DLMS)</translation>
        </message>
        <message>
            <source>The clock's value is not a date-time.</source>
            <translation>The clock's value is not a date-time.</translation>
        </message>
        <message>
            <source>reading A+ total (DLMS)</source>
            <translation>reading A+ total (DLMS)</translation>
        </message>
        <message>
            <source>reading A+ tariff %1 (DLMS)</source>
            <translation>reading A+ tariff %1 (DLMS)</translation>
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
        <name>ims::control::GroupSwitch</name>
        <message numerus="yes">
            <source>%n applied</source>
            <translation>
                <numerusform>%n applied</numerusform>
                <numerusform>%n applied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not applied</source>
            <translation>
                <numerusform>%n not applied</numerusform>
                <numerusform>%n not applied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unknown (verify or retry)</source>
            <translation>
                <numerusform>%n unknown (verify or retry)</numerusform>
                <numerusform>%n unknown (verify or retry)</numerusform>
            </translation>
        </message>
        <message>
            <source>no meters</source>
            <translation>no meters</translation>
        </message>
        <message>
            <source>not planned</source>
            <translation>not planned</translation>
        </message>
        <message>
            <source>cancelled by the operator before switching; nothing was sent</source>
            <translation>cancelled by the operator before switching; nothing was sent</translation>
        </message>
        <message>
            <source>not switched, nothing written: %1</source>
            <translation>not switched, nothing written: %1</translation>
        </message>
    </context>
    <context>
        <name>ims::control::SwitchScheduler</name>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>schedule %1 "%2" (%3 at %4)</source>
            <translation>schedule %1 "%2" (%3 at %4)</translation>
        </message>
    </context>
    <context>
        <name>ims::engine::MeterSession</name>
        <message numerus="yes">
            <source>the visit took longer than %n minute(s)</source>
            <translation>
                <numerusform>the visit took longer than %n minute(s)</numerusform>
                <numerusform>the visit took longer than %n minute(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>connecting</translation>
        </message>
        <message>
            <source>associating</source>
            <translation>associating</translation>
        </message>
        <message>
            <source>checking identity and clock</source>
            <translation>checking identity and clock</translation>
        </message>
        <message>
            <source>reading the load profile</source>
            <translation>reading the load profile</translation>
        </message>
        <message>
            <source>reading daily registers</source>
            <translation>reading daily registers</translation>
        </message>
        <message>
            <source>reading monthly registers</source>
            <translation>reading monthly registers</translation>
        </message>
        <message>
            <source>reading event journals</source>
            <translation>reading event journals</translation>
        </message>
        <message>
            <source>reading energy registers</source>
            <translation>reading energy registers</translation>
        </message>
        <message>
            <source>reading instantaneous values</source>
            <translation>reading instantaneous values</translation>
        </message>
        <message>
            <source>releasing</source>
            <translation>releasing</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>the device answered too few values</source>
            <translation>the device answered too few values</translation>
        </message>
        <message>
            <source>the meter at address %1 reports serial %2, not %3; nothing was read</source>
            <translation>the meter at address %1 reports serial %2, not %3; nothing was read</translation>
        </message>
        <message>
            <source>clock</source>
            <translation>clock</translation>
        </message>
        <message>
            <source>clock: the device time is not valid</source>
            <translation>clock: the device time is not valid</translation>
        </message>
        <message>
            <source>clock correction</source>
            <translation>clock correction</translation>
        </message>
        <message>
            <source>scaler of %1: %2</source>
            <translation>scaler of %1: %2</translation>
        </message>
        <message>
            <source>load profile</source>
            <translation>load profile</translation>
        </message>
        <message>
            <source>daily registers</source>
            <translation>daily registers</translation>
        </message>
        <message>
            <source>monthly registers</source>
            <translation>monthly registers</translation>
        </message>
        <message>
            <source>event journal %1</source>
            <translation>event journal %1</translation>
        </message>
        <message>
            <source>instantaneous values</source>
            <translation>instantaneous values</translation>
        </message>
        <message>
            <source>energy registers</source>
            <translation>energy registers</translation>
        </message>
        <message>
            <source>prepayment account: %1</source>
            <translation>prepayment account: %1</translation>
        </message>
    </context>
    <context>
        <name>ims::engine::RouterWorker</name>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>cannot reach router %1: %2</source>
            <translation>cannot reach router %1: %2</translation>
        </message>
        <message>
            <source>attempt %1 failed: %2; will retry</source>
            <translation>attempt %1 failed: %2; will retry</translation>
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
        <name>ims::iec21::OpticalReader</name>
        <message>
            <source>No optical probe port was given.</source>
            <translation>No optical probe port was given.</translation>
        </message>
        <message>
            <source>opening the probe %1</source>
            <translation>opening the probe %1</translation>
        </message>
        <message>
            <source>The readout was cancelled.</source>
            <translation>The readout was cancelled.</translation>
        </message>
        <message>
            <source>attempt %1 of %2: %3</source>
            <translation>attempt %1 of %2: %3</translation>
        </message>
        <message>
            <source>attempt %1 failed (%2); trying again</source>
            <translation>attempt %1 failed (%2); trying again</translation>
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
        <name>ims::itemmodels::BalanceTableModel</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Head, kWh</source>
            <translation>Head, kWh</translation>
        </message>
        <message>
            <source>Members, kWh</source>
            <translation>Members, kWh</translation>
        </message>
        <message>
            <source>Losses, kWh</source>
            <translation>Losses, kWh</translation>
        </message>
        <message>
            <source>Losses</source>
            <translation>Losses</translation>
        </message>
        <message>
            <source>Data complete</source>
            <translation>Data complete</translation>
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
        <message>
            <source>journal %1, code %2</source>
            <translation>journal %1, code %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::FrameTraceModel</name>
        <message>
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <source>received</source>
            <translation>received</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Decoded</source>
            <translation>Decoded</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::MemberRankingModel</name>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Plot</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Subscriber</translation>
        </message>
        <message>
            <source>Energy, kWh</source>
            <translation>Energy, kWh</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Recent change</source>
            <translation>Recent change</translation>
        </message>
        <message>
            <source>Tamper events</source>
            <translation>Tamper events</translation>
        </message>
        <message>
            <source>Anomaly</source>
            <translation>Anomaly</translation>
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
        <name>ims::itemmodels::PollProgressModel</name>
        <message>
            <source>Router %1</source>
            <translation>Router %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n meter(s) being read</source>
            <translation>
                <numerusform>%n meter(s) being read</numerusform>
                <numerusform>%n meter(s) being read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retry(s)</source>
            <translation>
                <numerusform>%n retry(s)</numerusform>
                <numerusform>%n retry(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>link down</source>
            <translation>link down</translation>
        </message>
        <message numerus="yes">
            <source>%n meter(s) failed</source>
            <translation>
                <numerusform>%n meter(s) failed</numerusform>
                <numerusform>%n meter(s) failed</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 B sent, %2 B received</source>
            <translation>%1 B sent, %2 B received</translation>
        </message>
        <message>
            <source>Meter %1</source>
            <translation>Meter %1</translation>
        </message>
        <message>
            <source>attempt %1</source>
            <translation>attempt %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n interval(s) read</source>
            <translation>
                <numerusform>%n interval(s) read</numerusform>
                <numerusform>%n interval(s) read</numerusform>
            </translation>
        </message>
        <message>
            <source>Router / meter</source>
            <translation>Router / meter</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Current step</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Attempt</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Traffic</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>connecting</translation>
        </message>
        <message>
            <source>logging in</source>
            <translation>logging in</translation>
        </message>
        <message>
            <source>checking the clock</source>
            <translation>checking the clock</translation>
        </message>
        <message>
            <source>reading the load profile</source>
            <translation>reading the load profile</translation>
        </message>
        <message>
            <source>reading daily values</source>
            <translation>reading daily values</translation>
        </message>
        <message>
            <source>reading monthly values</source>
            <translation>reading monthly values</translation>
        </message>
        <message>
            <source>reading events</source>
            <translation>reading events</translation>
        </message>
        <message>
            <source>reading registers</source>
            <translation>reading registers</translation>
        </message>
        <message>
            <source>reading instantaneous values</source>
            <translation>reading instantaneous values</translation>
        </message>
        <message>
            <source>logging out</source>
            <translation>logging out</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>queued</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>reading</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>no error</source>
            <translation>no error</translation>
        </message>
        <message>
            <source>the meter did not answer in time</source>
            <translation>the meter did not answer in time</translation>
        </message>
        <message>
            <source>the connection to the router was lost</source>
            <translation>the connection to the router was lost</translation>
        </message>
        <message>
            <source>stopped by the operator</source>
            <translation>stopped by the operator</translation>
        </message>
        <message>
            <source>the meter refused the connection</source>
            <translation>the meter refused the connection</translation>
        </message>
        <message>
            <source>the meter refused the login (password or keys?)</source>
            <translation>the meter refused the login (password or keys?)</translation>
        </message>
        <message>
            <source>security check failed (keys or counters)</source>
            <translation>security check failed (keys or counters)</translation>
        </message>
        <message>
            <source>the meter refused a request</source>
            <translation>the meter refused a request</translation>
        </message>
        <message>
            <source>the meter does not support a request</source>
            <translation>the meter does not support a request</translation>
        </message>
        <message>
            <source>garbled answer (line noise?)</source>
            <translation>garbled answer (line noise?)</translation>
        </message>
        <message>
            <source>the readings could not be saved</source>
            <translation>the readings could not be saved</translation>
        </message>
        <message>
            <source>the meter is not configured</source>
            <translation>the meter is not configured</translation>
        </message>
        <message>
            <source>internal error</source>
            <translation>internal error</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>unknown error</translation>
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
        <message>
            <source>Tariff plan</source>
            <translation>Tariff plan</translation>
        </message>
    </context>
    <context>
        <name>ims::link::BorrowedLink</name>
        <message>
            <source>the shared connection is gone</source>
            <translation>the shared connection is gone</translation>
        </message>
        <message>
            <source>closed shared connection</source>
            <translation>closed shared connection</translation>
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
        <message>
            <source>the network has no meter with serial number %1</source>
            <translation>the network has no meter with serial number %1</translation>
        </message>
        <message>
            <source>the network has no router %1</source>
            <translation>the network has no router %1</translation>
        </message>
        <message>
            <source>router %1 has no meter at physical address %2</source>
            <translation>router %1 has no meter at physical address %2</translation>
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
        <name>ims::ui::AlarmBanner</name>
        <message>
            <source>Show alarms</source>
            <translation>Show alarms</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message numerus="yes">
            <source>%n new critical alarm(s). Latest: %1</source>
            <translation>
                <numerusform>%n new critical alarm(s). Latest: %1</numerusform>
                <numerusform>%n new critical alarm(s). Latest: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ims::ui::AlarmWatch</name>
        <message>
            <source>%1 — meter %2</source>
            <translation>%1 — meter %2</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::AlarmsView</name>
        <message>
            <source>Only unacknowledged</source>
            <translation>Only unacknowledged</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <source>All severities</source>
            <translation>All severities</translation>
        </message>
        <message>
            <source>Warnings and critical</source>
            <translation>Warnings and critical</translation>
        </message>
        <message>
            <source>Critical only</source>
            <translation>Critical only</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>Last 24 hours</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Mark the selected alarms as seen, with your name and the time</source>
            <translation>Mark the selected alarms as seen, with your name and the time</translation>
        </message>
        <message>
            <source>All journals</source>
            <translation>All journals</translation>
        </message>
        <message>
            <source>All meters</source>
            <translation>All meters</translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation>Alarms</translation>
        </message>
        <message>
            <source>Meter events</source>
            <translation>Meter events</translation>
        </message>
        <message>
            <source>Events of one meter</source>
            <translation>Events of one meter</translation>
        </message>
        <message>
            <source>Events of all meters</source>
            <translation>Events of all meters</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::AnnualDateEdit</name>
        <message>
            <source>every year</source>
            <translation>every year</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::BalanceView</name>
        <message>
            <source>Rank by share</source>
            <translation>Rank by share</translation>
        </message>
        <message>
            <source>Rank by anomaly</source>
            <translation>Rank by anomaly</translation>
        </message>
        <message>
            <source>Balance group:</source>
            <translation>Balance group:</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>By day</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>By month</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n member(s))</source>
            <translation>
                <numerusform>%1 (%n member(s))</numerusform>
                <numerusform>%1 (%n member(s))</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 (%n member(s))</source>
            <translation>
                <numerusform>%1, %2 (%n member(s))</numerusform>
                <numerusform>%1, %2 (%n member(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>No balance groups configured yet.</source>
            <translation>No balance groups configured yet.</translation>
        </message>
        <message>
            <source>Computing the balance…</source>
            <translation>Computing the balance…</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: head %2, members %3, &lt;b&gt;losses %4 (%5)&lt;/b&gt;. Members over %8 – %9: %6 of %7 look unusual.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: head %2, members %3, &lt;b&gt;losses %4 (%5)&lt;/b&gt;. Members over %8 – %9: %6 of %7 look unusual.</translation>
        </message>
        <message>
            <source>no head data</source>
            <translation>no head data</translation>
        </message>
        <message>
            <source>Head vs members per day, and losses</source>
            <translation>Head vs members per day, and losses</translation>
        </message>
        <message>
            <source>kWh per day</source>
            <translation>kWh per day</translation>
        </message>
        <message>
            <source>losses, %</source>
            <translation>losses, %</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Head</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Losses, %</source>
            <translation>Losses, %</translation>
        </message>
        <message>
            <source>Relays</source>
            <translation>Relays</translation>
        </message>
        <message>
            <source>Disconnect or reconnect every member of this balance group</source>
            <translation>Disconnect or reconnect every member of this balance group</translation>
        </message>
        <message>
            <source>Disconnect all meters…</source>
            <translation>Disconnect all meters…</translation>
        </message>
        <message>
            <source>Reconnect all meters…</source>
            <translation>Reconnect all meters…</translation>
        </message>
        <message>
            <source>Switch schedules…</source>
            <translation>Switch schedules…</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::CommissioningDialog</name>
        <message>
            <source>bound</source>
            <translation>bound</translation>
        </message>
        <message>
            <source>will bind</source>
            <translation>will bind</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>&amp;Load CSV…</source>
            <translation>&amp;Load CSV…</translation>
        </message>
        <message>
            <source>Skip meters the database does not have</source>
            <translation>Skip meters the database does not have</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Apply</translation>
        </message>
        <message>
            <source>Commissioning</source>
            <translation>Commissioning</translation>
        </message>
        <message>
            <source>Router / serial</source>
            <translation>Router / serial</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
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
            <source>CT</source>
            <translation>CT</translation>
        </message>
        <message>
            <source>VT</source>
            <translation>VT</translation>
        </message>
        <message>
            <source>Balance groups</source>
            <translation>Balance groups</translation>
        </message>
        <message>
            <source>No file loaded. Columns: %1</source>
            <translation>No file loaded. Columns: %1</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Loading the meters…</source>
            <translation>Loading the meters…</translation>
        </message>
        <message>
            <source>Without a router</source>
            <translation>Without a router</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Commissioning file</source>
            <translation>Commissioning file</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Checking the file…</translation>
        </message>
        <message>
            <source>The file cannot be applied: %1. Nothing will be changed until every line is right.</source>
            <translation>The file cannot be applied: %1. Nothing will be changed until every line is right.</translation>
        </message>
        <message>
            <source>%1 meter(s) will be bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) will be created.</source>
            <translation>%1 meter(s) will be bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) will be created.</translation>
        </message>
        <message>
            <source>The database already says what the file says.</source>
            <translation>The database already says what the file says.</translation>
        </message>
        <message>
            <source>Binding the meters…</source>
            <translation>Binding the meters…</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 meter(s) bound; %2 subscriber(s) and %3 balance group(s) created.</source>
            <translation>%1 meter(s) bound; %2 subscriber(s) and %3 balance group(s) created.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::DayProfileEditor</name>
        <message>
            <source>Add switch time</source>
            <translation>Add switch time</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>tariff</source>
            <translation>tariff</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::DayProfilesEditor</name>
        <message>
            <source>Add day profile</source>
            <translation>Add day profile</translation>
        </message>
        <message>
            <source>Remove day profile</source>
            <translation>Remove day profile</translation>
        </message>
        <message>
            <source>Day profile %1</source>
            <translation>Day profile %1</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::EnergyZoneRows</name>
        <message>
            <source>Add zone</source>
            <translation>Add zone</translation>
        </message>
        <message>
            <source>e.g. 150 or 150.5</source>
            <translation>e.g. 150 or 150.5</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>kWh in the billing period, tariff</source>
            <translation>kWh in the billing period, tariff</translation>
        </message>
        <message>
            <source>energy zone %1: %2</source>
            <translation>energy zone %1: %2</translation>
        </message>
        <message>
            <source>A meter has at most %1 energy zones.</source>
            <translation>A meter has at most %1 energy zones.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::EnergyZonesEditor</name>
        <message>
            <source>Penalty tariff after tampering</source>
            <translation>Penalty tariff after tampering</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::FrameTraceView</name>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>All links</source>
            <translation>All links</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Link:</source>
            <translation>Link:</translation>
        </message>
        <message>
            <source>Paused: %1 frames held back</source>
            <translation>Paused: %1 frames held back</translation>
        </message>
        <message>
            <source>Keeps the last %1 frames</source>
            <translation>Keeps the last %1 frames</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::GroupSwitchFlow</name>
        <message>
            <source>Group switching</source>
            <translation>Group switching</translation>
        </message>
        <message>
            <source>A group switch is already in progress.</source>
            <translation>A group switch is already in progress.</translation>
        </message>
        <message>
            <source>Relays cannot be switched: the polling engine is not running.</source>
            <translation>Relays cannot be switched: the polling engine is not running.</translation>
        </message>
        <message>
            <source>Disconnect all meters</source>
            <translation>Disconnect all meters</translation>
        </message>
        <message>
            <source>Reconnect all meters</source>
            <translation>Reconnect all meters</translation>
        </message>
        <message>
            <source>No meter of %1 can be switched through a router.</source>
            <translation>No meter of %1 can be switched through a router.</translation>
        </message>
        <message>
            <source>No meter to switch in %1.</source>
            <translation>No meter to switch in %1.</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Disconnect the load relay of %n meter(s) of %1?</source>
            <translation>
                <numerusform>Disconnect the load relay of %n meter(s) of %1?</numerusform>
                <numerusform>Disconnect the load relay of %n meter(s) of %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reconnect the load relay of %n meter(s) of %1?</source>
            <translation>
                <numerusform>Reconnect the load relay of %n meter(s) of %1?</numerusform>
                <numerusform>Reconnect the load relay of %n meter(s) of %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Meters: %1</source>
            <translation>Meters: %1</translation>
        </message>
        <message>
            <source>The subscribers lose power until their meters are reconnected.</source>
            <translation>The subscribers lose power until their meters are reconnected.</translation>
        </message>
        <message>
            <source>Meters set for manual reconnection wait for the subscriber's button.</source>
            <translation>Meters set for manual reconnection wait for the subscriber's button.</translation>
        </message>
        <message>
            <source>Group switching of %1 was not confirmed.</source>
            <translation>Group switching of %1 was not confirmed.</translation>
        </message>
        <message>
            <source>Disconnecting %1</source>
            <translation>Disconnecting %1</translation>
        </message>
        <message>
            <source>Reconnecting %1</source>
            <translation>Reconnecting %1</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for the first meter (%n in all)…</source>
            <translation>
                <numerusform>Waiting for the first meter (%n in all)…</numerusform>
                <numerusform>Waiting for the first meter (%n in all)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>%1 of %2 — meter %3: %4</source>
            <translation>%1 of %2 — meter %3: %4</translation>
        </message>
        <message>
            <source>Finished: %1</source>
            <translation>Finished: %1</translation>
        </message>
        <message>
            <source>Not switched: %1</source>
            <translation>Not switched: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::LoadProfileView</name>
        <message>
            <source>Day (30 min)</source>
            <translation>Day (30 min)</translation>
        </message>
        <message>
            <source>Week (hourly)</source>
            <translation>Week (hourly)</translation>
        </message>
        <message>
            <source>Month (6 hours)</source>
            <translation>Month (6 hours)</translation>
        </message>
        <message>
            <source>Year (daily)</source>
            <translation>Year (daily)</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Earlier</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <source>Save the chart as an image</source>
            <translation>Save the chart as an image</translation>
        </message>
        <message>
            <source>Save the values as CSV (exact decimals)</source>
            <translation>Save the values as CSV (exact decimals)</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Save values</source>
            <translation>Save values</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Meter %1</source>
            <translation>Meter %1</translation>
        </message>
        <message>
            <source>Finding the newest data…</source>
            <translation>Finding the newest data…</translation>
        </message>
        <message numerus="yes">
            <source>Group %1: members (%n meter(s))</source>
            <translation>
                <numerusform>Group %1: members (%n meter(s))</numerusform>
                <numerusform>Group %1: members (%n meter(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>Group %1: head</source>
            <translation>Group %1: head</translation>
        </message>
        <message>
            <source>Router %1: all meters</source>
            <translation>Router %1: all meters</translation>
        </message>
        <message>
            <source>Loading the load profile…</source>
            <translation>Loading the load profile…</translation>
        </message>
        <message>
            <source>kWh, kvarh per 30 min</source>
            <translation>kWh, kvarh per 30 min</translation>
        </message>
        <message>
            <source>kWh, kvarh per hour</source>
            <translation>kWh, kvarh per hour</translation>
        </message>
        <message>
            <source>kWh, kvarh per 6 hours</source>
            <translation>kWh, kvarh per 6 hours</translation>
        </message>
        <message>
            <source>kWh, kvarh per day</source>
            <translation>kWh, kvarh per day</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1: %2 %3</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>kWh</translation>
        </message>
        <message>
            <source>kvarh</source>
            <translation>kvarh</translation>
        </message>
        <message>
            <source>No data in this period.</source>
            <translation>No data in this period.</translation>
        </message>
        <message numerus="yes">
            <source>Totals for the period — %1. Buckets with data: %2 of %3 (%n meter(s)).</source>
            <translation>
                <numerusform>Totals for the period — %1. Buckets with data: %2 of %3 (%n meter(s)).</numerusform>
                <numerusform>Totals for the period — %1. Buckets with data: %2 of %3 (%n meter(s)).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 = %2</source>
            <translation>%1 = %2</translation>
        </message>
        <message>
            <source>%1 – %2: %3</source>
            <translation>%1 – %2: %3</translation>
        </message>
        <message>
            <source>(incomplete: %1 of %2 intervals)</source>
            <translation>(incomplete: %1 of %2 intervals)</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>no data</translation>
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
            <source>Network map</source>
            <translation>Network map</translation>
        </message>
        <message>
            <source>Meter card</source>
            <translation>Meter card</translation>
        </message>
        <message>
            <source>Load profile</source>
            <translation>Load profile</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Alarms and events</source>
            <translation>Alarms and events</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>Installation</translation>
        </message>
        <message>
            <source>Polling</source>
            <translation>Polling</translation>
        </message>
        <message>
            <source>Frame trace</source>
            <translation>Frame trace</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>%1: connected</source>
            <translation>%1: connected</translation>
        </message>
        <message>
            <source>%1: no connection</source>
            <translation>%1: no connection</translation>
        </message>
        <message>
            <source>No open alarms</source>
            <translation>No open alarms</translation>
        </message>
        <message numerus="yes">
            <source>%n unacknowledged alarm(s)</source>
            <translation>
                <numerusform>%n unacknowledged alarm(s)</numerusform>
                <numerusform>%n unacknowledged alarm(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>no database is open</source>
            <translation>no database is open</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>cannot create the folder %1</translation>
        </message>
        <message>
            <source>the views did not finish loading</source>
            <translation>the views did not finish loading</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>cannot write %1</translation>
        </message>
        <message>
            <source>Open a database first: readings are stored in it.</source>
            <translation>Open a database first: readings are stored in it.</translation>
        </message>
        <message>
            <source>Read a meter through the &amp;optical port...</source>
            <translation>Read a meter through the &amp;optical port...</translation>
        </message>
        <message>
            <source>No database is open. Start ImsDesk with --db FILE to open a workstation database, or try the demo substation: a simulated SNT network of 120 meters is commissioned and polled in seconds, and keeps running while the window is open.</source>
            <translation>No database is open. Start ImsDesk with --db FILE to open a workstation database, or try the demo substation: a simulated SNT network of 120 meters is commissioned and polled in seconds, and keeps running while the window is open.</translation>
        </message>
        <message>
            <source>Start the demo substation</source>
            <translation>Start the demo substation</translation>
        </message>
        <message>
            <source>Commissioning…</source>
            <translation>Commissioning…</translation>
        </message>
        <message>
            <source>Open a database first: commissioning binds its meters.</source>
            <translation>Open a database first: commissioning binds its meters.</translation>
        </message>
        <message>
            <source>%1 of %2 links connected</source>
            <translation>%1 of %2 links connected</translation>
        </message>
        <message>
            <source>&amp;Tariff plan of the meter…</source>
            <translation>&amp;Tariff plan of the meter…</translation>
        </message>
        <message>
            <source>Choose a meter first: the plan is written to it.</source>
            <translation>Choose a meter first: the plan is written to it.</translation>
        </message>
        <message>
            <source>Group switching: %1</source>
            <translation>Group switching: %1</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::MeterCardView</name>
        <message>
            <source>now</source>
            <translation>now</translation>
        </message>
        <message>
            <source>start of day</source>
            <translation>start of day</translation>
        </message>
        <message>
            <source>start of month</source>
            <translation>start of month</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>success</source>
            <translation>success</translation>
        </message>
        <message>
            <source>partly read</source>
            <translation>partly read</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>No meter chosen</source>
            <translation>No meter chosen</translation>
        </message>
        <message>
            <source>Read now</source>
            <translation>Read now</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Measured</translation>
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
            <source>A-, kWh</source>
            <translation>A-, kWh</translation>
        </message>
        <message>
            <source>R+, kvarh</source>
            <translation>R+, kvarh</translation>
        </message>
        <message>
            <source>R-, kvarh</source>
            <translation>R-, kvarh</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Intervals</source>
            <translation>Intervals</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>How it is reached</source>
            <translation>How it is reached</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Registers per tariff</source>
            <translation>Registers per tariff</translation>
        </message>
        <message>
            <source>Instantaneous values</source>
            <translation>Instantaneous values</translation>
        </message>
        <message>
            <source>Last readings</source>
            <translation>Last readings</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Events</translation>
        </message>
        <message>
            <source>Manual readings</source>
            <translation>Manual readings</translation>
        </message>
        <message>
            <source>Polling sessions</source>
            <translation>Polling sessions</translation>
        </message>
        <message>
            <source>Loading the meter card…</source>
            <translation>Loading the meter card…</translation>
        </message>
        <message>
            <source>Meter %1</source>
            <translation>Meter %1</translation>
        </message>
        <message>
            <source>%1 (account %2)</source>
            <translation>%1 (account %2)</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <source>Current transformer</source>
            <translation>Current transformer</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Voltage transformer</source>
            <translation>Voltage transformer</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installed</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Plot</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Subscriber</translation>
        </message>
        <message>
            <source>Tariff plan</source>
            <translation>Tariff plan</translation>
        </message>
        <message>
            <source>optical port only</source>
            <translation>optical port only</translation>
        </message>
        <message>
            <source>no router</source>
            <translation>no router</translation>
        </message>
        <message>
            <source>repeater %1</source>
            <translation>repeater %1</translation>
        </message>
        <message>
            <source>→ (%1 %) →</source>
            <translation>→ (%1 %) →</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Router</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Physical address</source>
            <translation>Physical address</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Hops</source>
            <translation>Hops</translation>
        </message>
        <message>
            <source>Route reported</source>
            <translation>Route reported</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>closed (consumer connected)</source>
            <translation>closed (consumer connected)</translation>
        </message>
        <message>
            <source>OPEN (consumer disconnected)</source>
            <translation>OPEN (consumer disconnected)</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>not checked yet</translation>
        </message>
        <message>
            <source>%1 (checked %2)</source>
            <translation>%1 (checked %2)</translation>
        </message>
        <message>
            <source>never polled</source>
            <translation>never polled</translation>
        </message>
        <message>
            <source>%1 sessions: %2 ok, %3 partial, %4 failed</source>
            <translation>%1 sessions: %2 ok, %3 partial, %4 failed</translation>
        </message>
        <message>
            <source>Load relay</source>
            <translation>Load relay</translation>
        </message>
        <message>
            <source>Clock deviation</source>
            <translation>Clock deviation</translation>
        </message>
        <message>
            <source>Polling</source>
            <translation>Polling</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Last success</translation>
        </message>
        <message>
            <source>Last failure</source>
            <translation>Last failure</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Traffic</translation>
        </message>
        <message>
            <source>%1 sent, %2 received, %3 per session</source>
            <translation>%1 sent, %2 received, %3 per session</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>T%1</source>
            <translation>T%1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>optical probe</source>
            <translation>optical probe</translation>
        </message>
        <message>
            <source>typed from the display</source>
            <translation>typed from the display</translation>
        </message>
        <message>
            <source>Tariff plan…</source>
            <translation>Tariff plan…</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::NetworkMapPanel</name>
        <message>
            <source>Find serial or address</source>
            <translation>Find serial or address</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole network</source>
            <translation>Show the whole network</translation>
        </message>
        <message>
            <source>Router:</source>
            <translation>Router:</translation>
        </message>
        <message>
            <source>Lines: link quality, red (poor) to green (good); dashed: unknown.</source>
            <translation>Lines: link quality, red (poor) to green (good); dashed: unknown.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n meter(s))</source>
            <translation>
                <numerusform>%1 (%n meter(s))</numerusform>
                <numerusform>%1 (%n meter(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>No routers configured yet.</source>
            <translation>No routers configured yet.</translation>
        </message>
        <message>
            <source>Loading the network…</source>
            <translation>Loading the network…</translation>
        </message>
        <message>
            <source>%1, address %2</source>
            <translation>%1, address %2</translation>
        </message>
        <message>
            <source>Repeater at address %1 (not a meter of this router)</source>
            <translation>Repeater at address %1 (not a meter of this router)</translation>
        </message>
        <message>
            <source>Link quality %1 %</source>
            <translation>Link quality %1 %</translation>
        </message>
        <message>
            <source>Link quality unknown</source>
            <translation>Link quality unknown</translation>
        </message>
        <message numerus="yes">
            <source>%n hop(s) from the router</source>
            <translation>
                <numerusform>%n hop(s) from the router</numerusform>
                <numerusform>%n hop(s) from the router</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 meters, up to %3 hops, %4 need attention</source>
            <translation>%1: %2 meters, up to %3 hops, %4 need attention</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::OpticalReadDialog</name>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Store the reading in the database</source>
            <translation>Store the reading in the database</translation>
        </message>
        <message>
            <source>Read meter</source>
            <translation>Read meter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Create the meter and store</source>
            <translation>Create the meter and store</translation>
        </message>
        <message>
            <source>Read meter through the optical port</source>
            <translation>Read meter through the optical port</translation>
        </message>
        <message>
            <source>The serial port of the optical probe, as the system names it (USB probes: /dev/ttyUSB0, COM3).</source>
            <translation>The serial port of the optical probe, as the system names it (USB probes: /dev/ttyUSB0, COM3).</translation>
        </message>
        <message>
            <source>Automatic (from the meter's identification)</source>
            <translation>Automatic (from the meter's identification)</translation>
        </message>
        <message>
            <source>IEC 62056-21 standard</source>
            <translation>IEC 62056-21 standard</translation>
        </message>
        <message>
            <source>Energomera CE</source>
            <translation>Energomera CE</translation>
        </message>
        <message>
            <source>Neva MT / Taipit</source>
            <translation>Neva MT / Taipit</translation>
        </message>
        <message>
            <source>optional: the meter's serial number</source>
            <translation>optional: the meter's serial number</translation>
        </message>
        <message>
            <source>optional: factory default</source>
            <translation>optional: factory default</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Probe port:</source>
            <translation>Probe port:</translation>
        </message>
        <message>
            <source>Meter type:</source>
            <translation>Meter type:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Put the probe on the meter's optical port and press "Read meter".</source>
            <translation>Put the probe on the meter's optical port and press "Read meter".</translation>
        </message>
        <message>
            <source>Choose the port of the optical probe first.</source>
            <translation>Choose the port of the optical probe first.</translation>
        </message>
        <message>
            <source>Reading the meter through %1…</source>
            <translation>Reading the meter through %1…</translation>
        </message>
        <message numerus="yes">
            <source>Read %n value(s) from meter %1 (%2).</source>
            <translation>
                <numerusform>Read %n value(s) from meter %1 (%2).</numerusform>
                <numerusform>Read %n value(s) from meter %1 (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>without a serial number</source>
            <translation>without a serial number</translation>
        </message>
        <message>
            <source>Not read: %1.</source>
            <translation>Not read: %1.</translation>
        </message>
        <message>
            <source>The readout was cancelled.</source>
            <translation>The readout was cancelled.</translation>
        </message>
        <message>
            <source>Check the probe and press "Read meter" to try again.</source>
            <translation>Check the probe and press "Read meter" to try again.</translation>
        </message>
        <message>
            <source>Storing…</source>
            <translation>Storing…</translation>
        </message>
        <message>
            <source>Meter %1 is not in the database. Create it as a meter read through the optical port only and store this reading?</source>
            <translation>Meter %1 is not in the database. Create it as a meter read through the optical port only and store this reading?</translation>
        </message>
        <message>
            <source>Meter %1 is not in the database; the reading is not stored yet.</source>
            <translation>Meter %1 is not in the database; the reading is not stored yet.</translation>
        </message>
        <message numerus="yes">
            <source>Stored %n value(s) as a manual optical reading of the new meter %1.</source>
            <translation>
                <numerusform>Stored %n value(s) as a manual optical reading of the new meter %1.</numerusform>
                <numerusform>Stored %n value(s) as a manual optical reading of the new meter %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stored %n value(s) as a manual optical reading of meter %1.</source>
            <translation>
                <numerusform>Stored %n value(s) as a manual optical reading of meter %1.</numerusform>
                <numerusform>Stored %n value(s) as a manual optical reading of meter %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The reading was not stored: %1</source>
            <translation>The reading was not stored: %1</translation>
        </message>
        <message>
            <source>The meter's password: for programming mode (P1), or for DLMS meters read through mode E the meter reader's password (LLS).</source>
            <translation>The meter's password: for programming mode (P1), or for DLMS meters read through mode E the meter reader's password (LLS).</translation>
        </message>
        <message>
            <source>Read through DLMS (mode E at %1 baud).</source>
            <translation>Read through DLMS (mode E at %1 baud).</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::PaymentBox</name>
        <message>
            <source>Prepayment</source>
            <translation>Prepayment</translation>
        </message>
        <message>
            <source>Read balance</source>
            <translation>Read balance</translation>
        </message>
        <message>
            <source>Top up…</source>
            <translation>Top up…</translation>
        </message>
        <message>
            <source>Thresholds…</source>
            <translation>Thresholds…</translation>
        </message>
        <message>
            <source>Mode…</source>
            <translation>Mode…</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translation>not read yet</translation>
        </message>
        <message>
            <source>this meter has no prepayment account</source>
            <translation>this meter has no prepayment account</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Warning at</source>
            <translation>Warning at</translation>
        </message>
        <message>
            <source>Disconnection at</source>
            <translation>Disconnection at</translation>
        </message>
        <message>
            <source>%1 (not in credit mode)</source>
            <translation>%1 (not in credit mode)</translation>
        </message>
        <message>
            <source>Charged for energy</source>
            <translation>Charged for energy</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>Last command</source>
            <translation>Last command</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>The last payment may not have reached the meter: read the balance before paying again.</source>
            <translation>The last payment may not have reached the meter: read the balance before paying again.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>%1

Continue?</source>
            <translation>%1

Continue?</translation>
        </message>
        <message>
            <source>Reading the account…</source>
            <translation>Reading the account…</translation>
        </message>
        <message>
            <source>A payment must be more than zero.</source>
            <translation>A payment must be more than zero.</translation>
        </message>
        <message>
            <source>Crediting %1…</source>
            <translation>Crediting %1…</translation>
        </message>
        <message>
            <source>Give the warning threshold, the disconnect threshold or both.</source>
            <translation>Give the warning threshold, the disconnect threshold or both.</translation>
        </message>
        <message>
            <source>Setting the thresholds…</source>
            <translation>Setting the thresholds…</translation>
        </message>
        <message>
            <source>Switching to %1…</source>
            <translation>Switching to %1…</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>Top up</translation>
        </message>
        <message>
            <source>Payment, %1 (e.g. 500.00):</source>
            <translation>Payment, %1 (e.g. 500.00):</translation>
        </message>
        <message>
            <source>Credit %1 %2 to the prepayment account of meter %3. A meter disconnected for lack of credit reconnects, or lets the subscriber reconnect, once the balance is above the disconnect threshold.</source>
            <translation>Credit %1 %2 to the prepayment account of meter %3. A meter disconnected for lack of credit reconnects, or lets the subscriber reconnect, once the balance is above the disconnect threshold.</translation>
        </message>
        <message>
            <source>Prepayment thresholds</source>
            <translation>Prepayment thresholds</translation>
        </message>
        <message>
            <source>Warn the subscriber at</source>
            <translation>Warn the subscriber at</translation>
        </message>
        <message>
            <source>Disconnect at (prepayment)</source>
            <translation>Disconnect at (prepayment)</translation>
        </message>
        <message>
            <source>Set the low-credit warning of meter %1 to %2 and its disconnect threshold to %3.</source>
            <translation>Set the low-credit warning of meter %1 to %2 and its disconnect threshold to %3.</translation>
        </message>
        <message>
            <source>Payment mode</source>
            <translation>Payment mode</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Mode:</translation>
        </message>
        <message>
            <source>Switch meter %1 to prepayment: when its credit runs out the meter opens the load relay and the subscriber loses power.</source>
            <translation>Switch meter %1 to prepayment: when its credit runs out the meter opens the load relay and the subscriber loses power.</translation>
        </message>
        <message>
            <source>Switch meter %1 to credit mode: it no longer disconnects for lack of credit.</source>
            <translation>Switch meter %1 to credit mode: it no longer disconnects for lack of credit.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::PollingPanel</name>
        <message>
            <source>Start polling</source>
            <translation>Start polling</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Read now</source>
            <translation>Read now</translation>
        </message>
        <message>
            <source>Read the selected meter (or the one on the meter card) now</source>
            <translation>Read the selected meter (or the one on the meter card) now</translation>
        </message>
        <message>
            <source>No polling round yet.</source>
            <translation>No polling round yet.</translation>
        </message>
        <message>
            <source>%1 of %2 meters read, %3 failed, %4 in progress</source>
            <translation>%1 of %2 meters read, %3 failed, %4 in progress</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::RowList</name>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove this row</source>
            <translation>Remove this row</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::SeasonsEditor</name>
        <message>
            <source>Add season</source>
            <translation>Add season</translation>
        </message>
        <message>
            <source>season name</source>
            <translation>season name</translation>
        </message>
        <message>
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <source>runs week</source>
            <translation>runs week</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::SpecialDaysEditor</name>
        <message>
            <source>Add holiday</source>
            <translation>Add holiday</translation>
        </message>
        <message>
            <source>runs</source>
            <translation>runs</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::SwitchScheduleDialog</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Switch schedules</source>
            <translation>Switch schedules</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Last run</source>
            <translation>Last run</translation>
        </message>
        <message>
            <source>Street lights off</source>
            <translation>Street lights off</translation>
        </message>
        <message>
            <source>18:30, sunset, sunset+15, sunrise-30</source>
            <translation>18:30, sunset, sunset+15, sunrise-30</translation>
        </message>
        <message>
            <source>all, mon-fri, sat,sun</source>
            <translation>all, mon-fri, sat,sun</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Action:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Time:</translation>
        </message>
        <message>
            <source>Days:</source>
            <translation>Days:</translation>
        </message>
        <message>
            <source>%1 (disabled)</source>
            <translation>%1 (disabled)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Give the schedule a name.</source>
            <translation>Give the schedule a name.</translation>
        </message>
        <message>
            <source>Schedule "%1" added.</source>
            <translation>Schedule "%1" added.</translation>
        </message>
        <message>
            <source>Select the schedule to remove.</source>
            <translation>Select the schedule to remove.</translation>
        </message>
        <message>
            <source>Schedule removed.</source>
            <translation>Schedule removed.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::TariffListEditor</name>
        <message>
            <source>Add tariff</source>
            <translation>Add tariff</translation>
        </message>
        <message>
            <source>T%1</source>
            <translation>T%1</translation>
        </message>
        <message>
            <source>name, e.g. Day or Night</source>
            <translation>name, e.g. Day or Night</translation>
        </message>
        <message>
            <source>T%1 %2</source>
            <translation>T%1 %2</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::TariffPlanEditor</name>
        <message>
            <source>Tariff plan</source>
            <translation>Tariff plan</translation>
        </message>
        <message>
            <source>e.g. Day/night 2026</source>
            <translation>e.g. Day/night 2026</translation>
        </message>
        <message>
            <source>Two-zone day/night (07:00 / 23:00)</source>
            <translation>Two-zone day/night (07:00 / 23:00)</translation>
        </message>
        <message>
            <source>Three-zone (peak / half-peak / night)</source>
            <translation>Three-zone (peak / half-peak / night)</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>Start from:</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Plan name</translation>
        </message>
        <message>
            <source>The tariffs the meter counts in, at most 6.</source>
            <translation>The tariffs the meter counts in, at most 6.</translation>
        </message>
        <message>
            <source>Tariffs</source>
            <translation>Tariffs</translation>
        </message>
        <message>
            <source>From each time on, the meter counts in the tariff named, until the next time.</source>
            <translation>From each time on, the meter counts in the tariff named, until the next time.</translation>
        </message>
        <message>
            <source>Day profiles</source>
            <translation>Day profiles</translation>
        </message>
        <message>
            <source>Which day profile each day of the week runs.</source>
            <translation>Which day profile each day of the week runs.</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Weeks</translation>
        </message>
        <message>
            <source>From which day each week applies.</source>
            <translation>From which day each week applies.</translation>
        </message>
        <message>
            <source>Seasons</source>
            <translation>Seasons</translation>
        </message>
        <message>
            <source>Days that run another day profile than their week's, e.g. public holidays.</source>
            <translation>Days that run another day profile than their week's, e.g. public holidays.</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>Tariff plan of meter %1</source>
            <translation>Tariff plan of meter %1</translation>
        </message>
        <message>
            <source>The plan is valid.</source>
            <translation>The plan is valid.</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>cannot write %1: %2</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Saved to %1.</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Could not open %1: %2</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>Opened %1.</translation>
        </message>
        <message>
            <source>Open a tariff plan</source>
            <translation>Open a tariff plan</translation>
        </message>
        <message>
            <source>Tariff plans (*.json)</source>
            <translation>Tariff plans (*.json)</translation>
        </message>
        <message>
            <source>Save the tariff plan</source>
            <translation>Save the tariff plan</translation>
        </message>
        <message>
            <source>From each amount of energy consumed in the billing period on, the meter counts in the zone's tariff instead of the calendar's (at most 8 zones, thresholds rising). The penalty tariff applies after tampering until the period ends. Leave empty if the meter has neither.</source>
            <translation>From each amount of energy consumed in the billing period on, the meter counts in the zone's tariff instead of the calendar's (at most 8 zones, thresholds rising). The penalty tariff applies after tampering until the period ends. Leave empty if the meter has neither.</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::TariffWritePanel</name>
        <message>
            <source>Write to the meter</source>
            <translation>Write to the meter</translation>
        </message>
        <message>
            <source>Correct the plan first: see the messages above.</source>
            <translation>Correct the plan first: see the messages above.</translation>
        </message>
        <message>
            <source>Write the tariff plan</source>
            <translation>Write the tariff plan</translation>
        </message>
        <message numerus="yes">
            <source>Write plan "%1" (%n tariff(s)) to meter %2? The meter switches to it at once.</source>
            <translation>
                <numerusform>Write plan "%1" (%n tariff(s)) to meter %2? The meter switches to it at once.</numerusform>
                <numerusform>Write plan "%1" (%n tariff(s)) to meter %2? The meter switches to it at once.</numerusform>
            </translation>
        </message>
        <message>
            <source>A write is already running.</source>
            <translation>A write is already running.</translation>
        </message>
        <message>
            <source>Nothing was sent: the plan is not valid.</source>
            <translation>Nothing was sent: the plan is not valid.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>Applied: the meter runs plan "%1" now (read back and checked).</source>
            <translation>Applied: the meter runs plan "%1" now (read back and checked).</translation>
        </message>
        <message>
            <source>Not applied: the meter keeps its previous plan. Reason: %1</source>
            <translation>Not applied: the meter keeps its previous plan. Reason: %1</translation>
        </message>
        <message>
            <source>Unknown: it is not certain that the meter took plan "%1" (%2). The meter is marked for a retry; write the plan again.</source>
            <translation>Unknown: it is not certain that the meter took plan "%1" (%2). The meter is marked for a retry; write the plan again.</translation>
        </message>
        <message>
            <source>Activate at once</source>
            <translation>Activate at once</translation>
        </message>
        <message>
            <source>Activate at</source>
            <translation>Activate at</translation>
        </message>
        <message>
            <source>Local time of this computer. The meter keeps counting in its current plan until then.</source>
            <translation>Local time of this computer. The meter keeps counting in its current plan until then.</translation>
        </message>
        <message numerus="yes">
            <source>Write plan "%1" (%n tariff(s)) to meter %2? The meter switches to it at %3 and keeps its current plan until then.</source>
            <translation>
                <numerusform>Write plan "%1" (%n tariff(s)) to meter %2? The meter switches to it at %3 and keeps its current plan until then.</numerusform>
                <numerusform>Write plan "%1" (%n tariff(s)) to meter %2? The meter switches to it at %3 and keeps its current plan until then.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent: the activation time %1 has passed. Choose a later time or "Activate at once".</source>
            <translation>Nothing was sent: the activation time %1 has passed. Choose a later time or "Activate at once".</translation>
        </message>
        <message>
            <source>Written, waiting for activation: the meter switches to plan "%1" at %2 (read back and checked) and runs its previous plan until then.</source>
            <translation>Written, waiting for activation: the meter switches to plan "%1" at %2 (read back and checked) and runs its previous plan until then.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::TopologyPanel</name>
        <message>
            <source>Find a meter: serial, plot, subscriber…</source>
            <translation>Find a meter: serial, plot, subscriber…</translation>
        </message>
        <message>
            <source>Disconnect all meters…</source>
            <translation>Disconnect all meters…</translation>
        </message>
        <message>
            <source>Reconnect all meters…</source>
            <translation>Reconnect all meters…</translation>
        </message>
        <message>
            <source>Switch schedules…</source>
            <translation>Switch schedules…</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::WeekProfilesEditor</name>
        <message>
            <source>Add week</source>
            <translation>Add week</translation>
        </message>
        <message>
            <source>week name</source>
            <translation>week name</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
    </context>
    <context>
        <name>imsdesk</name>
        <message>
            <source>Write a PNG of each main view into DIR and exit.</source>
            <translation>Write a PNG of each main view into DIR and exit.</translation>
        </message>
        <message>
            <source>Open the workstation database FILE.</source>
            <translation>Open the workstation database FILE.</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>no database at %1</translation>
        </message>
        <message>
            <source>Start the built-in demo substation (a simulated network in this process) and poll it; with --db, keep its data in FILE.</source>
            <translation>Start the built-in demo substation (a simulated network in this process) and poll it; with --db, keep its data in FILE.</translation>
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
