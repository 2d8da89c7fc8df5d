<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>CliRegistry</name>
        <message>
            <source>unknown command "%1"; see `imsdesk-cli help`</source>
            <translation>неизвестная команда «%1»; см. `imsdesk-cli help`</translation>
        </message>
        <message>
            <source>Usage: imsdesk-cli COMMAND [options]</source>
            <translation>Использование: imsdesk-cli КОМАНДА [параметры]</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Команды:</translation>
        </message>
        <message>
            <source>print the version</source>
            <translation>показать версию</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::MainWindow</name>
        <message>
            <source>ImsDesk — metering workstation</source>
            <translation>ImsDesk — АРМ учёта электроэнергии</translation>
        </message>
        <message>
            <source>No network yet. Add a router or open the demo substation.</source>
            <translation>Сеть ещё не настроена. Добавьте УСПД или откройте демонстрационную подстанцию.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About ImsDesk</source>
            <translation>&amp;О программе ImsDesk</translation>
        </message>
        <message>
            <source>About ImsDesk</source>
            <translation>О программе ImsDesk</translation>
        </message>
        <message>
            <source>ImsDesk %1
Operator workstation for automated electricity metering (DLMS/COSEM, SPODES).</source>
            <translation>ImsDesk %1
Автоматизированное рабочее место оператора АИИС КУЭ (DLMS/COSEM, СПОДЭС).</translation>
        </message>
    </context>
    <context>
        <name>imsdesk-sim</name>
        <message>
            <source>Simulated SPODES meters, routers and PLC network</source>
            <translation>Имитатор счётчиков СПОДЭС, УСПД и PLC-сети</translation>
        </message>
        <message>
            <source>no network configured</source>
            <translation>сеть не настроена</translation>
        </message>
    </context>
</TS>
