<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>AccessResult</name>
        <message>
            <source>data access: %1</source>
            <translation>доступ к данным: %1</translation>
        </message>
        <message>
            <source>action: %1</source>
            <translation>действие: %1</translation>
        </message>
    </context>
    <context>
        <name>AccountState</name>
        <message>
            <source> (out of credit)</source>
            <translation> (кредит исчерпан)</translation>
        </message>
        <message>
            <source> (low credit)</source>
            <translation> (мало средств)</translation>
        </message>
        <message>
            <source>%1, balance %2%3, warning at %4, disconnection at %5</source>
            <translation>%1, баланс %2%3, предупреждение при %4, отключение при %5</translation>
        </message>
    </context>
    <context>
        <name>Acse</name>
        <message>
            <source>ACSE requirements bit string is malformed</source>
            <translation>битовая строка ACSE-requirements искажена</translation>
        </message>
        <message>
            <source>%1 is missing</source>
            <translation>отсутствует поле %1</translation>
        </message>
        <message>
            <source>release reason %1 out of range</source>
            <translation>причина завершения ассоциации %1 вне допустимого диапазона</translation>
        </message>
        <message>
            <source>association %1: %2</source>
            <translation>ассоциация %1: %2</translation>
        </message>
        <message>
            <source>association result %1 is not defined</source>
            <translation>результат установления ассоциации %1 не определён</translation>
        </message>
        <message>
            <source>unknown result-source-diagnostic choice</source>
            <translation>неизвестный вариант result-source-diagnostic</translation>
        </message>
        <message>
            <source>diagnostic %1 out of range</source>
            <translation>код диагностики %1 вне допустимого диапазона</translation>
        </message>
    </context>
    <context>
        <name>ActivityCalendar</name>
        <message>
            <source>the activity calendar has no attribute %1</source>
            <translation>у календаря тарификации нет атрибута %1</translation>
        </message>
    </context>
    <context>
        <name>AlarmNames</name>
        <message>
            <source>Conflicting reading</source>
            <translation>Противоречивые показания</translation>
        </message>
        <message>
            <source>Reading for an unknown meter</source>
            <translation>Показания неизвестного счётчика</translation>
        </message>
        <message>
            <source>Invalid reading rejected</source>
            <translation>Недостоверные показания отклонены</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Информация</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Критическая</translation>
        </message>
        <message>
            <source>Tampering: magnetic field or open cover</source>
            <translation>Воздействие: магнитное поле или вскрытие крышки</translation>
        </message>
        <message>
            <source>Unauthorised access attempt</source>
            <translation>Попытка несанкционированного доступа</translation>
        </message>
        <message>
            <source>Clock deviation above the limit</source>
            <translation>Расхождение часов выше допустимого</translation>
        </message>
        <message>
            <source>journal %1, event %2</source>
            <translation>журнал %1, событие %2</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>clock was %1 s off, corrected</source>
            <translation>часы расходились на %1 с, скорректированы</translation>
        </message>
        <message>
            <source>clock is %1 s off, not corrected</source>
            <translation>часы расходятся на %1 с, не скорректированы</translation>
        </message>
    </context>
    <context>
        <name>AlarmStore</name>
        <message>
            <source>no open alarm %1</source>
            <translation>нет открытой тревоги %1</translation>
        </message>
    </context>
    <context>
        <name>Apdu</name>
        <message>
            <source>APDU tag 0x%1 is not supported</source>
            <translation>тег APDU 0x%1 не поддерживается</translation>
        </message>
        <message>
            <source>APDU 0x%1 with choice %2 is not supported</source>
            <translation>APDU 0x%1 с вариантом %2 не поддерживается</translation>
        </message>
        <message>
            <source>empty APDU</source>
            <translation>пустой APDU</translation>
        </message>
    </context>
    <context>
        <name>ArrayReader</name>
        <message>
            <source>the array header has not arrived yet</source>
            <translation>заголовок массива ещё не получен</translation>
        </message>
        <message>
            <source>expected an A-XDR array (tag 0x01), got tag 0x%1</source>
            <translation>ожидался массив A-XDR (тег 0x01), получен тег 0x%1</translation>
        </message>
        <message>
            <source>A-XDR nesting deeper than %1</source>
            <translation>вложенность A-XDR глубже %1</translation>
        </message>
        <message>
            <source>A-XDR array declares %1 elements, more than the limit of %2</source>
            <translation>в массиве A-XDR объявлено элементов: %1, что больше предела %2</translation>
        </message>
        <message>
            <source>all %1 rows of the array have been read</source>
            <translation>все строки массива (%1) уже прочитаны</translation>
        </message>
    </context>
    <context>
        <name>AxdrCodec</name>
        <message>
            <source>unknown A-XDR data tag 0x%1 at offset %2</source>
            <translation>неизвестный тег данных A-XDR 0x%1 на смещении %2</translation>
        </message>
        <message>
            <source>A-XDR input ends at offset %1, %2 more byte(s) needed</source>
            <translation>данные A-XDR обрываются на смещении %1, нужно ещё байт: %2</translation>
        </message>
        <message>
            <source>A-XDR value has more than %1 elements</source>
            <translation>число элементов значения A-XDR больше %1</translation>
        </message>
        <message>
            <source>A-XDR nesting deeper than %1 at offset %2</source>
            <translation>вложенность A-XDR глубже %1 на смещении %2</translation>
        </message>
        <message>
            <source>A-XDR length %1 at offset %2 exceeds the limit of %3 bytes</source>
            <translation>длина A-XDR %1 на смещении %2 превышает предел %3 байт</translation>
        </message>
        <message>
            <source>A-XDR %1 declares %2 elements, more than the limit of %3</source>
            <translation>в %1 A-XDR объявлено элементов: %2, что больше предела %3</translation>
        </message>
        <message>
            <source>boolean 0x%1 at offset %2 is not 0x00 or 0x01</source>
            <translation>значение boolean 0x%1 на смещении %2 — не 0x00 и не 0x01</translation>
        </message>
        <message>
            <source>A-XDR type %1 cannot appear here (offset %2)</source>
            <translation>тип A-XDR %1 здесь недопустим (смещение %2)</translation>
        </message>
        <message>
            <source>invalid type 0x%1 in a compact-array description at offset %2</source>
            <translation>недопустимый тип 0x%1 в описании compact-array на смещении %2</translation>
        </message>
        <message>
            <source>compact-array description declares %1 members</source>
            <translation>в описании compact-array объявлено элементов: %1</translation>
        </message>
        <message>
            <source>compact-array at offset %1 has content but its elements take no bytes</source>
            <translation>compact-array на смещении %1 содержит данные, но его элементы имеют нулевой размер</translation>
        </message>
        <message>
            <source>compact-array contents of %1 bytes at offset %2 are not a whole number of %3-byte elements</source>
            <translation>содержимое compact-array (%1 байт) на смещении %2 не делится на целое число элементов по %3 байт</translation>
        </message>
        <message>
            <source>compact-array at offset %1 holds %2 values, more than the limit of %3</source>
            <translation>compact-array на смещении %1 содержит значений: %2, что больше предела %3</translation>
        </message>
        <message>
            <source>compact-array element crosses the end of its contents at offset %1</source>
            <translation>элемент compact-array выходит за конец содержимого на смещении %1</translation>
        </message>
        <message>
            <source>A-XDR length missing at offset %1</source>
            <translation>нет длины A-XDR на смещении %1</translation>
        </message>
        <message>
            <source>A-XDR length form 0x%1 at offset %2 is not supported</source>
            <translation>форма длины A-XDR 0x%1 на смещении %2 не поддерживается</translation>
        </message>
        <message>
            <source>A-XDR length truncated at offset %1</source>
            <translation>длина A-XDR обрезана на смещении %1</translation>
        </message>
        <message>
            <source>A-XDR length %1 at offset %2 is not in its shortest form</source>
            <translation>длина A-XDR %1 на смещении %2 записана не в кратчайшей форме</translation>
        </message>
        <message>
            <source>A-XDR decode position %1 outside the input</source>
            <translation>позиция декодирования A-XDR %1 вне входных данных</translation>
        </message>
        <message>
            <source>%1 byte(s) after the A-XDR value at offset %2</source>
            <translation>лишние байты (%1) после значения A-XDR на смещении %2</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>%1 already exists</source>
            <translation>%1 уже существует</translation>
        </message>
        <message>
            <source>online backup is not available for %1</source>
            <translation>резервное копирование без остановки работы недоступно для %1</translation>
        </message>
        <message>
            <source>cannot replace %1</source>
            <translation>не удалось заменить %1</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>не удалось записать %1</translation>
        </message>
        <message>
            <source>no backup at %1</source>
            <translation>по пути %1 нет резервной копии</translation>
        </message>
        <message>
            <source>restore needs the SQLite backup API</source>
            <translation>для восстановления требуется SQLite backup API</translation>
        </message>
        <message>
            <source>cannot open %1</source>
            <translation>не удалось открыть %1</translation>
        </message>
        <message>
            <source>the backup is damaged: %1</source>
            <translation>резервная копия повреждена: %1</translation>
        </message>
        <message>
            <source>the backup has schema version %1</source>
            <translation>у резервной копии версия схемы %1</translation>
        </message>
    </context>
    <context>
        <name>BalanceMembersQuery</name>
        <message>
            <source>the period is empty</source>
            <translation>период пуст</translation>
        </message>
        <message>
            <source>balance group %1 not found</source>
            <translation>балансная группа %1 не найдена</translation>
        </message>
        <message>
            <source>tamper events</source>
            <translation>события вскрытия/воздействия</translation>
        </message>
        <message>
            <source>consumption collapsed</source>
            <translation>потребление резко упало</translation>
        </message>
        <message>
            <source>no recent data</source>
            <translation>нет свежих данных</translation>
        </message>
        <message>
            <source>consumption surged</source>
            <translation>потребление резко выросло</translation>
        </message>
    </context>
    <context>
        <name>BalanceQuery</name>
        <message>
            <source>no balance group %1</source>
            <translation>нет балансовой группы %1</translation>
        </message>
        <message>
            <source>the period is empty</source>
            <translation>период пуст</translation>
        </message>
    </context>
    <context>
        <name>BerReader</name>
        <message>
            <source>BER field cut short</source>
            <translation>поле BER обрезано</translation>
        </message>
        <message>
            <source>multi-byte BER tag 0x%1</source>
            <translation>многобайтовый тег BER 0x%1</translation>
        </message>
        <message>
            <source>indefinite BER length</source>
            <translation>неопределённая длина BER</translation>
        </message>
        <message>
            <source>BER length of %1 octets</source>
            <translation>длина BER занимает октетов: %1</translation>
        </message>
        <message>
            <source>BER length cut short</source>
            <translation>длина BER обрезана</translation>
        </message>
        <message>
            <source>BER field 0x%1 declares %2 bytes, %3 remain</source>
            <translation>поле BER 0x%1 объявляет байт: %2, осталось: %3</translation>
        </message>
        <message>
            <source>expected BER tag 0x%1, found 0x%2</source>
            <translation>ожидался тег BER 0x%1, найден 0x%2</translation>
        </message>
        <message>
            <source>bytes after the end of BER value 0x%1</source>
            <translation>лишние байты после конца значения BER 0x%1</translation>
        </message>
        <message>
            <source>unexpected INTEGER of %1 bytes</source>
            <translation>неожиданный INTEGER длиной %1 байт</translation>
        </message>
    </context>
    <context>
        <name>CalendarValidator</name>
        <message>
            <source>the calendar has no seasons</source>
            <translation>в календаре нет сезонов</translation>
        </message>
        <message>
            <source>the calendar has no week profiles</source>
            <translation>в календаре нет недельных профилей</translation>
        </message>
        <message>
            <source>the calendar has no day profiles</source>
            <translation>в календаре нет суточных профилей</translation>
        </message>
        <message>
            <source>day profile %1 is defined twice</source>
            <translation>суточный профиль %1 задан дважды</translation>
        </message>
        <message>
            <source>week profile %1 is defined twice</source>
            <translation>недельный профиль %1 задан дважды</translation>
        </message>
        <message>
            <source>season %1 is defined twice</source>
            <translation>сезон %1 задан дважды</translation>
        </message>
        <message>
            <source>season %1 starts on %2: the month and day must be given</source>
            <translation>сезон %1 начинается %2: месяц и день должны быть заданы</translation>
        </message>
        <message>
            <source>season %1 (%2) does not start after season %3 (%4)</source>
            <translation>сезон %1 (%2) начинается не позже сезона %3 (%4)</translation>
        </message>
        <message>
            <source>season %1 uses week profile %2, which is not defined</source>
            <translation>сезон %1 ссылается на недельный профиль %2, который не задан</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>понедельник</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>вторник</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>среда</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>четверг</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>пятница</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>суббота</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>воскресенье</translation>
        </message>
        <message>
            <source>week profile %1 uses day profile %2 on %3, which is not defined</source>
            <translation>недельный профиль %1 ссылается на суточный профиль %2 (%3), который не задан</translation>
        </message>
        <message>
            <source>day profile %1 has no tariff switches</source>
            <translation>в суточном профиле %1 нет переключений тарифа</translation>
        </message>
        <message>
            <source>day profile %1, switch %2: the start time %3 must give hour and minute</source>
            <translation>суточный профиль %1, переключение %2: во времени начала %3 должны быть заданы час и минута</translation>
        </message>
        <message>
            <source>day profile %1, switch %2 at %3 is not later than the switch before it at %4</source>
            <translation>суточный профиль %1, переключение %2 в %3 не позже предыдущего переключения в %4</translation>
        </message>
        <message>
            <source>day profile %1, switch %2 at %3 selects tariff %4; allowed are 1 to %5</source>
            <translation>суточный профиль %1, переключение %2 в %3 выбирает тариф %4; допустимы тарифы с 1 по %5</translation>
        </message>
        <message>
            <source>day profile %1, switch %2 at %3 runs script table %4 instead of %5</source>
            <translation>суточный профиль %1, переключение %2 в %3 вызывает таблицу сценариев %4 вместо %5</translation>
        </message>
    </context>
    <context>
        <name>ChoiceCombo</name>
        <message>
            <source>%1 (not defined)</source>
            <translation>%1 (не задан)</translation>
        </message>
    </context>
    <context>
        <name>CipheredApdu</name>
        <message>
            <source>ciphered content of %1 bytes has no room for the security header</source>
            <translation>в шифрованном содержимом длиной %1 байт нет места для заголовка безопасности</translation>
        </message>
        <message>
            <source>0x%1 is not a ciphered APDU tag</source>
            <translation>0x%1 не является тегом шифрованного APDU</translation>
        </message>
    </context>
    <context>
        <name>Ciphering</name>
        <message>
            <source>security suite %1 is not supported (only suite 0)</source>
            <translation>набор безопасности (security suite) %1 не поддерживается (только набор 0)</translation>
        </message>
        <message>
            <source>compressed ciphered APDUs are not supported</source>
            <translation>сжатые шифрованные APDU не поддерживаются</translation>
        </message>
        <message>
            <source>security control 0x%1 asks for neither authentication nor encryption</source>
            <translation>байт управления безопасностью 0x%1 не требует ни аутентификации, ни шифрования</translation>
        </message>
        <message>
            <source>no dedicated key has been agreed for this association</source>
            <translation>для этой ассоциации не согласован выделенный ключ</translation>
        </message>
        <message>
            <source>no broadcast key is configured</source>
            <translation>широковещательный ключ не задан</translation>
        </message>
        <message>
            <source>ciphered content of %1 bytes is shorter than the authentication tag</source>
            <translation>шифрованное содержимое длиной %1 байт короче тега аутентификации</translation>
        </message>
        <message>
            <source>empty APDU</source>
            <translation>пустой APDU</translation>
        </message>
        <message>
            <source>APDU 0x%1 has no %2 ciphered form</source>
            <translation>у APDU 0x%1 нет шифрованной формы %2</translation>
        </message>
        <message>
            <source>ciphered APDU from system title %1, expected %2</source>
            <translation>шифрованный APDU от системного заголовка %1, ожидался %2</translation>
        </message>
        <message>
            <source>the sender's system title is not known</source>
            <translation>системный заголовок отправителя неизвестен</translation>
        </message>
        <message>
            <source>ciphered APDU 0x%1 does not contain the matching plain APDU</source>
            <translation>шифрованный APDU 0x%1 не содержит соответствующего ему открытого APDU</translation>
        </message>
    </context>
    <context>
        <name>CliDatabase</name>
        <message>
            <source>Database file.</source>
            <translation>Файл базы данных.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Вывод в формате JSON.</translation>
        </message>
        <message>
            <source>--db FILE is required</source>
            <translation>нужен параметр --db ФАЙЛ</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>нет базы данных %1</translation>
        </message>
    </context>
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
        <message>
            <source>read, write and invoke COSEM objects on a meter or router (DLMS/COSEM)</source>
            <translation>чтение, запись и вызов методов объектов COSEM счётчика или УСПД (DLMS/COSEM)</translation>
        </message>
    </context>
    <context>
        <name>Clock</name>
        <message>
            <source>invalid value</source>
            <translation>недостоверное значение</translation>
        </message>
        <message>
            <source>doubtful value</source>
            <translation>сомнительное значение</translation>
        </message>
        <message>
            <source>different clock base</source>
            <translation>другой источник времени</translation>
        </message>
        <message>
            <source>invalid clock status</source>
            <translation>недостоверный статус часов</translation>
        </message>
        <message>
            <source>daylight saving active</source>
            <translation>действует летнее время</translation>
        </message>
        <message>
            <source>clock base %1 is not defined (0..5)</source>
            <translation>источник времени %1 не определён (0..5)</translation>
        </message>
        <message>
            <source>the clock has no attribute %1</source>
            <translation>у часов нет атрибута %1</translation>
        </message>
        <message>
            <source>a clock shift of %1 s exceeds the allowed %2 s; set the time instead</source>
            <translation>сдвиг часов на %1 с превышает допустимые %2 с; установите время</translation>
        </message>
        <message>
            <source>a clock shift of %1 s exceeds the allowed %2 s</source>
            <translation>сдвиг часов на %1 с превышает допустимые %2 с</translation>
        </message>
        <message>
            <source>not defined</source>
            <translation>не определён</translation>
        </message>
        <message>
            <source>internal crystal</source>
            <translation>внутренний кварц</translation>
        </message>
        <message>
            <source>mains frequency 50 Hz</source>
            <translation>частота сети 50 Гц</translation>
        </message>
        <message>
            <source>mains frequency 60 Hz</source>
            <translation>частота сети 60 Гц</translation>
        </message>
        <message>
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <source>radio controlled</source>
            <translation>радиосигнал</translation>
        </message>
        <message>
            <source>clock base %1</source>
            <translation>источник времени %1</translation>
        </message>
    </context>
    <context>
        <name>ClockCommand</name>
        <message>
            <source>clock set: the time to set, ISO 8601 (default: this computer's time).</source>
            <translation>clock set: устанавливаемое время, ISO 8601 (по умолчанию — время этого компьютера).</translation>
        </message>
        <message>
            <source>get, set, or shift SECONDS</source>
            <translation>get, set или shift СЕКУНДЫ</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Показать эту справку.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli clock get | set [--time ISO] | shift SECONDS (--db FILE --meter SERIAL | connection options) [--yes] [--json]</source>
            <translation>использование: imsdesk-cli clock get | set [--time ISO] | shift СЕКУНДЫ (--db ФАЙЛ --meter НОМЕР | параметры подключения) [--yes] [--json]</translation>
        </message>
        <message>
            <source>shift: "%1" is not a number of seconds</source>
            <translation>shift: «%1» — не число секунд</translation>
        </message>
        <message>
            <source>--time: "%1" is not an ISO 8601 time</source>
            <translation>--time: «%1» — не время в формате ISO 8601</translation>
        </message>
        <message>
            <source>set the clock of %1 to %2</source>
            <translation>установить часы: %1, на %2</translation>
        </message>
        <message>
            <source>this computer's time</source>
            <translation>время этого компьютера</translation>
        </message>
        <message>
            <source>shift the clock of %1 by %2 s</source>
            <translation>сдвинуть часы: %1, на %2 с</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>не удалось подключиться: %1</translation>
        </message>
        <message>
            <source>%1 (%2 s from this computer)</source>
            <translation>%1 (%2 с относительно этого компьютера)</translation>
        </message>
        <message>
            <source>read, set or shift a meter's clock</source>
            <translation>прочитать, установить или сдвинуть часы счётчика</translation>
        </message>
    </context>
    <context>
        <name>ClockControl</name>
        <message>
            <source>the meter accepted the time but the clock could not be read back: %1</source>
            <translation>счётчик принял время, но часы не удалось прочитать обратно: %1</translation>
        </message>
        <message>
            <source>the clock reads %1</source>
            <translation>часы показывают %1</translation>
        </message>
        <message>
            <source>the meter accepted the time but its clock reads %1, %2 s away from what was asked</source>
            <translation>счётчик принял время, но его часы показывают %1 — на %2 с от заданного</translation>
        </message>
        <message>
            <source>the meter refused: %1</source>
            <translation>счётчик отказал: %1</translation>
        </message>
        <message>
            <source>the command may have reached the meter but no answer came (%1); read the clock before retrying</source>
            <translation>команда могла дойти до счётчика, но ответа не было (%1); прочитайте часы перед повтором</translation>
        </message>
        <message>
            <source>the clock is not a date-time</source>
            <translation>значение часов — не дата и время</translation>
        </message>
        <message>
            <source>the clock reads %1, which is not a complete time</source>
            <translation>часы показывают %1 — это не полное время</translation>
        </message>
        <message>
            <source>no valid time to set</source>
            <translation>нет корректного времени для установки</translation>
        </message>
        <message>
            <source>could not read the clock before setting it: %1</source>
            <translation>не удалось прочитать часы перед установкой: %1</translation>
        </message>
        <message>
            <source>a shift of %1 s is outside -%2..%2 s; set the time instead</source>
            <translation>сдвиг на %1 с вне диапазона -%2..%2 с; установите время вместо сдвига</translation>
        </message>
        <message>
            <source>could not read the clock before shifting it: %1</source>
            <translation>не удалось прочитать часы перед сдвигом: %1</translation>
        </message>
    </context>
    <context>
        <name>CommissionCsvCli</name>
        <message>
            <source>line %1  %2  %3: %4</source>
            <translation>строка %1  %2  %3: %4</translation>
        </message>
        <message>
            <source>bound</source>
            <translation>привязан</translation>
        </message>
        <message>
            <source>will bind</source>
            <translation>будет привязан</translation>
        </message>
        <message>
            <source>line %1  %2  unchanged</source>
            <translation>строка %1  %2  без изменений</translation>
        </message>
        <message>
            <source>line %1  %2  skipped: %3</source>
            <translation>строка %1  %2  пропущена: %3</translation>
        </message>
        <message>
            <source>Database file.</source>
            <translation>Файл базы данных.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ФАЙЛ</translation>
        </message>
        <message>
            <source>serial;subscriber;account;plot;ct;vt;group per meter.</source>
            <translation>serial;subscriber;account;plot;ct;vt;group — по строке на счётчик.</translation>
        </message>
        <message>
            <source>Skip lines naming meters the database does not have, instead of refusing the file.</source>
            <translation>Пропускать строки со счётчиками, которых нет в базе, вместо отказа от всего файла.</translation>
        </message>
        <message>
            <source>Check the file and print what would change; write nothing.</source>
            <translation>Проверить файл и показать, что изменится, ничего не записывая.</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Вывод в формате JSON.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli commission --db FILE --csv FILE [--allow-unknown] [--dry-run] [--json]</source>
            <translation>использование: imsdesk-cli commission --db ФАЙЛ --csv ФАЙЛ [--allow-unknown] [--dry-run] [--json]</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>нет базы данных %1</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>предупреждение: %1</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>строка %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>the file is refused, nothing was changed (%n problem(s))</source>
            <translation>
                <numerusform>файл отклонён, ничего не изменено (%n ошибка)</numerusform>
                <numerusform>файл отклонён, ничего не изменено (%n ошибки)</numerusform>
                <numerusform>файл отклонён, ничего не изменено (%n ошибок)</numerusform>
            </translation>
        </message>
        <message>
            <source>dry run: %1 meter(s) would be bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) would be created</source>
            <translation>пробный прогон: будет привязано счётчиков: %1, без изменений: %2, пропущено: %3; будет создано абонентов: %4, балансовых групп: %5</translation>
        </message>
        <message>
            <source>%1 meter(s) bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) created</source>
            <translation>привязано счётчиков: %1, без изменений: %2, пропущено: %3; создано абонентов: %4, балансовых групп: %5</translation>
        </message>
    </context>
    <context>
        <name>Commissioning</name>
        <message>
            <source>router %1 does not report the head meter %2</source>
            <translation>УСПД %1 не сообщает о головном счётчике %2</translation>
        </message>
        <message>
            <source>Substation %1</source>
            <translation>Подстанция %1</translation>
        </message>
    </context>
    <context>
        <name>CommissioningCsvImport</name>
        <message>
            <source>meter %1 is not in the database; skipped</source>
            <translation>счётчика %1 нет в базе; пропущен</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>строка %1: %2</translation>
        </message>
        <message>
            <source>meter %1 is not commissioned yet: the database does not have it. Take it in from its router first, or allow unknown meters to skip it</source>
            <translation>счётчик %1 ещё не введён в эксплуатацию: его нет в базе. Сначала примите его с УСПД или разрешите пропуск неизвестных счётчиков</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>account %1 belongs to "%2" in the database, the file says "%3"</source>
            <translation>лицевой счёт %1 в базе принадлежит «%2», а в файле указан «%3»</translation>
        </message>
        <message>
            <source>subscriber %1 named "%2"</source>
            <translation>абонент %1 с именем «%2»</translation>
        </message>
        <message>
            <source>%1 (new)</source>
            <translation>%1 (новый)</translation>
        </message>
        <message>
            <source>subscriber: %1 → %2</source>
            <translation>абонент: %1 → %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>plot: %1 → %2</source>
            <translation>участок: %1 → %2</translation>
        </message>
        <message>
            <source>meter %1 has readings whose primary energy was computed with %2 %3; the database keeps no history of ratios, so changing it to %4 would rewrite the past. A ratio can only be changed before the first reading</source>
            <translation>у счётчика %1 есть показания, первичная энергия которых вычислена с %2 %3; база не хранит историю коэффициентов, и замена на %4 переписала бы прошлое. Коэффициент можно изменить только до первого показания</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>CT</source>
            <translation>ТТ</translation>
        </message>
        <message>
            <source>VT</source>
            <translation>ТН</translation>
        </message>
        <message numerus="yes">
            <source>%n balance group(s) are named "%1"; rename them apart first</source>
            <translation>
                <numerusform>%n балансовая группа называется «%1»; сначала переименуйте их по-разному</numerusform>
                <numerusform>%n балансовые группы называются «%1»; сначала переименуйте их по-разному</numerusform>
                <numerusform>%n балансовых групп называются «%1»; сначала переименуйте их по-разному</numerusform>
            </translation>
        </message>
        <message>
            <source>joins balance group "%1"</source>
            <translation>входит в балансовую группу «%1»</translation>
        </message>
        <message>
            <source>joins balance group "%1" (new)</source>
            <translation>входит в балансовую группу «%1» (новую)</translation>
        </message>
        <message numerus="yes">
            <source>and %n more problem(s)</source>
            <translation>
                <numerusform>и ещё %n ошибка</numerusform>
                <numerusform>и ещё %n ошибки</numerusform>
                <numerusform>и ещё %n ошибок</numerusform>
            </translation>
        </message>
        <message>
            <source>the file is refused, nothing was changed: %1</source>
            <translation>файл отклонён, ничего не изменено: %1</translation>
        </message>
        <message>
            <source>%1 vanished while binding</source>
            <translation>%1 исчез во время привязки</translation>
        </message>
    </context>
    <context>
        <name>CommissioningCsvParser</name>
        <message>
            <source>a quoted value opened on this line is never closed</source>
            <translation>кавычка, открытая в этой строке, не закрыта</translation>
        </message>
        <message>
            <source>text follows a closing quote; quotes inside a quoted value are written twice ("")</source>
            <translation>после закрывающей кавычки идёт текст; кавычки внутри значения в кавычках удваиваются ("")</translation>
        </message>
        <message>
            <source>%1 is %2 bytes; the limit is %3 bytes (10 MB)</source>
            <translation>%1 — %2 байт; предел — %3 байт (10 МБ)</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than the limit of %2 bytes (10 MB)</source>
            <translation>%1 больше предела в %2 байт (10 МБ)</translation>
        </message>
        <message>
            <source>the file is %1 bytes; the limit is %2 bytes (10 MB)</source>
            <translation>размер файла %1 байт; предел — %2 байт (10 МБ)</translation>
        </message>
        <message>
            <source>the line is not UTF-8 text; save the file as "CSV UTF-8"</source>
            <translation>строка не в кодировке UTF-8; сохраните файл как «CSV UTF-8»</translation>
        </message>
        <message>
            <source>the file is empty; the first line must name the columns: %1</source>
            <translation>файл пуст; первая строка должна называть столбцы: %1</translation>
        </message>
        <message>
            <source>column %1 has no name</source>
            <translation>у столбца %1 нет имени</translation>
        </message>
        <message>
            <source>unknown column "%1"; the columns are %2</source>
            <translation>неизвестный столбец «%1»; допустимые столбцы: %2</translation>
        </message>
        <message>
            <source>column "%1" appears twice</source>
            <translation>столбец «%1» встречается дважды</translation>
        </message>
        <message>
            <source>the first line must name the columns, "serial" among them: %1</source>
            <translation>первая строка должна называть столбцы, среди них «serial»: %1</translation>
        </message>
        <message>
            <source>%1 values, but the header names %2 columns</source>
            <translation>значений: %1, а в заголовке столбцов: %2</translation>
        </message>
        <message>
            <source>the serial number is empty</source>
            <translation>не указан заводской номер</translation>
        </message>
        <message>
            <source>meter %1 is already on line %2</source>
            <translation>счётчик %1 уже указан в строке %2</translation>
        </message>
        <message>
            <source>%1 "%2" is not a ratio; write whole numbers such as 150/5 or 30</source>
            <translation>%1 «%2» — не коэффициент; укажите целые числа, например 150/5 или 30</translation>
        </message>
        <message>
            <source>subscriber "%1" has no account; a subscriber is known by the account</source>
            <translation>у абонента «%1» нет лицевого счёта; абонент определяется по лицевому счёту</translation>
        </message>
        <message>
            <source>account %1 is "%2" here but "%3" on line %4</source>
            <translation>лицевой счёт %1 здесь у «%2», а в строке %4 у «%3»</translation>
        </message>
    </context>
    <context>
        <name>ConnectionOptions</name>
        <message>
            <source>--%1: "%2" is not a number from 0 to %3</source>
            <translation>--%1: «%2» — не число от 0 до %3</translation>
        </message>
        <message>
            <source>--%1 needs %2 hex bytes</source>
            <translation>--%1: требуется %2 байт в hex</translation>
        </message>
        <message>
            <source>Connect over TCP.</source>
            <translation>Подключение по TCP.</translation>
        </message>
        <message>
            <source>Connect over a serial port.</source>
            <translation>Подключение через последовательный порт.</translation>
        </message>
        <message>
            <source>Serial speed (default 9600).</source>
            <translation>Скорость последовательного порта (по умолчанию 9600).</translation>
        </message>
        <message>
            <source>Serial parity: none, even or odd.</source>
            <translation>Контроль чётности: none (нет), even (чёт) или odd (нечёт).</translation>
        </message>
        <message>
            <source>Serial data bits: 7 or 8.</source>
            <translation>Число битов данных: 7 или 8.</translation>
        </message>
        <message>
            <source>Use the TCP wrapper (IEC 62056-47) instead of HDLC.</source>
            <translation>Использовать TCP-обёртку (wrapper, IEC 62056-47) вместо HDLC.</translation>
        </message>
        <message>
            <source>Client SAP (default 16).</source>
            <translation>SAP клиента (по умолчанию 16).</translation>
        </message>
        <message>
            <source>Logical device (default 1).</source>
            <translation>Логическое устройство (по умолчанию 1).</translation>
        </message>
        <message>
            <source>HDLC physical address of a meter behind a router.</source>
            <translation>Физический адрес HDLC счётчика за УСПД.</translation>
        </message>
        <message>
            <source>Authentication: none, low or hls-gmac.</source>
            <translation>Аутентификация: none, low или hls-gmac.</translation>
        </message>
        <message>
            <source>LLS password.</source>
            <translation>Пароль LLS.</translation>
        </message>
        <message>
            <source>Client system title, 8 bytes hex.</source>
            <translation>Системный заголовок клиента, 8 байт в hex.</translation>
        </message>
        <message>
            <source>Authentication key, 16 bytes hex.</source>
            <translation>Ключ аутентификации, 16 байт в hex.</translation>
        </message>
        <message>
            <source>Block cipher key, 16 bytes hex.</source>
            <translation>Ключ шифрования, 16 байт в hex.</translation>
        </message>
        <message>
            <source>APDU protection: none, auth, enc or auth-enc.</source>
            <translation>Защита APDU: none, auth, enc или auth-enc.</translation>
        </message>
        <message>
            <source>Next invocation counter to use (default 1).</source>
            <translation>Следующее значение счётчика вызовов (по умолчанию 1).</translation>
        </message>
        <message>
            <source>Seconds to wait for an answer (default 30).</source>
            <translation>Время ожидания ответа, с (по умолчанию 30).</translation>
        </message>
        <message>
            <source>give exactly one of --tcp, --serial or --optical</source>
            <translation>укажите ровно один из параметров --tcp, --serial или --optical</translation>
        </message>
        <message>
            <source>--parity must be none, even or odd</source>
            <translation>--parity: допустимые значения — none, even или odd</translation>
        </message>
        <message>
            <source>--auth must be none, low or hls-gmac</source>
            <translation>--auth: допустимые значения — none, low или hls-gmac</translation>
        </message>
        <message>
            <source>--security must be none, auth, enc or auth-enc</source>
            <translation>--security: допустимые значения — none, auth, enc или auth-enc</translation>
        </message>
        <message>
            <source>--auth low needs --password</source>
            <translation>для --auth low нужен --password</translation>
        </message>
        <message>
            <source>Optical probe: IEC 62056-21 sign-on with mode E, then HDLC on the same port (--baud: the probe's highest speed).</source>
            <translation>Оптическая головка: вход по IEC 62056-21 с режимом E, затем HDLC в том же порту (--baud: наибольшая скорость головки).</translation>
        </message>
        <message>
            <source>Device address for the optical sign-on (usually the serial number; default: any meter).</source>
            <translation>Адрес устройства для оптического входа (обычно заводской номер; по умолчанию — любой счётчик).</translation>
        </message>
        <message>
            <source>--optical carries HDLC (mode E); --wrapper is for TCP</source>
            <translation>--optical работает только с HDLC (режим E); --wrapper — для TCP</translation>
        </message>
        <message>
            <source>--optical-address: %1</source>
            <translation>--optical-address: %1</translation>
        </message>
        <message>
            <source>--optical-address needs --optical DEV</source>
            <translation>для --optical-address нужен --optical DEV</translation>
        </message>
    </context>
    <context>
        <name>ControlStore</name>
        <message>
            <source>no plan assigned</source>
            <translation>план не назначен</translation>
        </message>
        <message>
            <source>not written yet</source>
            <translation>ещё не записан</translation>
        </message>
        <message>
            <source>in sync</source>
            <translation>совпадает</translation>
        </message>
        <message>
            <source>written, waiting for activation</source>
            <translation>записан, ожидает активации</translation>
        </message>
        <message>
            <source>unknown, to be retried</source>
            <translation>неизвестно, нужен повтор</translation>
        </message>
        <message>
            <source>out of sync</source>
            <translation>не совпадает</translation>
        </message>
        <message>
            <source>no tariff plan named %1</source>
            <translation>нет тарифного плана с именем %1</translation>
        </message>
        <message>
            <source>tariff plan %1 has no stored document</source>
            <translation>у тарифного плана %1 нет сохранённого документа</translation>
        </message>
        <message>
            <source>no meter %1</source>
            <translation>нет счётчика %1</translation>
        </message>
        <message>
            <source>%1: not assigned</source>
            <translation>%1: не назначен</translation>
        </message>
        <message>
            <source>waiting for activation</source>
            <translation>ожидает активации</translation>
        </message>
        <message>
            <source>differs</source>
            <translation>отличается</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
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
            <translation>Файл базы данных: взять из него подключение к счётчику и записать команду.</translation>
        </message>
        <message>
            <source>Serial number of the meter (with --db).</source>
            <translation>Заводской номер счётчика (вместе с --db).</translation>
        </message>
        <message>
            <source>Who gives the command, for the record (default: the login name).</source>
            <translation>Кто отдаёт команду, для журнала (по умолчанию — имя пользователя в системе).</translation>
        </message>
        <message>
            <source>Do not ask for confirmation (scripts).</source>
            <translation>Не запрашивать подтверждение (для сценариев).</translation>
        </message>
        <message>
            <source>One JSON object per line.</source>
            <translation>Один объект JSON на строку.</translation>
        </message>
        <message>
            <source>Write every frame to stderr.</source>
            <translation>Выводить каждый кадр в stderr.</translation>
        </message>
        <message>
            <source>--meter needs --db</source>
            <translation>--meter требует --db</translation>
        </message>
        <message>
            <source>the device at %1</source>
            <translation>устройство по адресу %1</translation>
        </message>
        <message>
            <source> (physical address %1)</source>
            <translation> (физический адрес %1)</translation>
        </message>
        <message>
            <source>give either --db with --meter, or the connection options, not both</source>
            <translation>укажите либо --db с --meter, либо параметры подключения, но не то и другое</translation>
        </message>
        <message>
            <source>--db needs --meter SERIAL</source>
            <translation>--db требует --meter НОМЕР</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>нет базы данных %1</translation>
        </message>
        <message>
            <source>meter %1 (router %2)</source>
            <translation>счётчик %1 (УСПД %2)</translation>
        </message>
        <message>
            <source>About to %1. Continue? [y/N] </source>
            <translation>Сейчас будет выполнено: %1. Продолжить? [y/N] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>д</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>not confirmed, nothing sent (no terminal to ask on; pass --yes to confirm in a script): %1</source>
            <translation>не подтверждено, ничего не отправлено (нет терминала для запроса; в сценарии укажите --yes): %1</translation>
        </message>
    </context>
    <context>
        <name>CosemReferenceText</name>
        <message>
            <source>"%1": the class id before '/' is not a number</source>
            <translation>«%1»: идентификатор класса перед '/' не является числом</translation>
        </message>
        <message>
            <source>"%1": expected OBIS:INDEX, e.g. 0.0.1.0.0.255:2</source>
            <translation>«%1»: ожидается OBIS:ИНДЕКС, например 0.0.1.0.0.255:2</translation>
        </message>
        <message>
            <source>"%1": %2</source>
            <translation>«%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>CosemServer</name>
        <message>
            <source>no security context</source>
            <translation>нет контекста безопасности</translation>
        </message>
    </context>
    <context>
        <name>CreditCommand</name>
        <message>
            <source>credit or prepayment.</source>
            <translation>credit (кредит) или prepayment (предоплата).</translation>
        </message>
        <message>
            <source>Low-credit warning threshold, in the meter's currency (e.g. 100.00).</source>
            <translation>Порог предупреждения о малом остатке, в валюте счётчика (например, 100.00).</translation>
        </message>
        <message>
            <source>Disconnect threshold (the credit limit), in the meter's currency; may be negative.</source>
            <translation>Порог отключения (кредитный лимит), в валюте счётчика; может быть отрицательным.</translation>
        </message>
        <message>
            <source>Payment, in the meter's currency (e.g. 500.00).</source>
            <translation>Платёж, в валюте счётчика (например, 500.00).</translation>
        </message>
        <message>
            <source>get, mode, thresholds or pay</source>
            <translation>get, mode, thresholds или pay</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Показать эту справку.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli credit get | mode --mode credit|prepayment | thresholds [--low AMOUNT] [--disconnect AMOUNT] | pay --amount AMOUNT (--db FILE --meter SERIAL | connection options) [--yes] [--json]</source>
            <translation>использование: imsdesk-cli credit get | mode --mode credit|prepayment | thresholds [--low СУММА] [--disconnect СУММА] | pay --amount СУММА (--db ФАЙЛ --meter НОМЕР | параметры подключения) [--yes] [--json]</translation>
        </message>
        <message>
            <source>credit mode needs --mode credit or --mode prepayment</source>
            <translation>для credit mode нужен --mode credit или --mode prepayment</translation>
        </message>
        <message>
            <source>credit thresholds needs --low, --disconnect or both</source>
            <translation>для credit thresholds нужен --low, --disconnect или оба</translation>
        </message>
        <message>
            <source>--low (%1) must be above --disconnect (%2): otherwise the subscriber is disconnected without a warning</source>
            <translation>--low (%1) должен быть выше --disconnect (%2): иначе абонента отключат без предупреждения</translation>
        </message>
        <message>
            <source>credit pay needs --amount</source>
            <translation>для credit pay нужен --amount</translation>
        </message>
        <message>
            <source>--amount: a payment must be more than zero</source>
            <translation>--amount: платёж должен быть больше нуля</translation>
        </message>
        <message>
            <source>switch %1 to prepayment: when its credit runs out the meter opens the load relay</source>
            <translation>перевести %1 на предоплату: когда средства закончатся, счётчик разомкнёт реле нагрузки</translation>
        </message>
        <message>
            <source>switch %1 to credit mode: it no longer disconnects for lack of credit</source>
            <translation>перевести %1 в кредитный режим: отключения за неуплату больше не будет</translation>
        </message>
        <message>
            <source>set the prepayment thresholds of %1 (%2)</source>
            <translation>задать пороги предоплаты %1 (%2)</translation>
        </message>
        <message>
            <source>credit %1 (in the meter's currency) to the account of %2</source>
            <translation>зачислить %1 (в валюте счётчика) на счёт %2</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>не удалось подключиться: %1</translation>
        </message>
        <message>
            <source>read a meter's prepayment account, set its mode and thresholds, or credit a payment</source>
            <translation>прочитать счёт предоплаты счётчика, задать его режим и пороги или зачислить платёж</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>the database driver %1 is not available</source>
            <translation>драйвер базы данных %1 недоступен</translation>
        </message>
        <message>
            <source>cannot open the database %1: %2</source>
            <translation>не удалось открыть базу данных %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DbCommands</name>
        <message>
            <source>Local database maintenance.</source>
            <translation>Обслуживание локальной базы данных.</translation>
        </message>
        <message>
            <source>Database file.</source>
            <translation>Файл базы данных.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ФАЙЛ</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Вывод в формате JSON.</translation>
        </message>
        <message>
            <source>Backup file to write.</source>
            <translation>Файл, в который записать резервную копию.</translation>
        </message>
        <message>
            <source>Backup file to restore.</source>
            <translation>Файл резервной копии для восстановления.</translation>
        </message>
        <message>
            <source>Synthetic meters.</source>
            <translation>Число синтетических счётчиков.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Synthetic days (batches).</source>
            <translation>Число синтетических суток (пакетов).</translation>
        </message>
        <message>
            <source>First synthetic day, days since 1970-01-01.</source>
            <translation>Первые синтетические сутки, в днях от 1970-01-01.</translation>
        </message>
        <message>
            <source>DAY</source>
            <translation>ДЕНЬ</translation>
        </message>
        <message>
            <source>stats, verify, backup or restore</source>
            <translation>stats, verify, backup или restore</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli db stats|verify|backup|restore --db FILE [--to FILE | --from FILE] [--json]</source>
            <translation>использование: imsdesk-cli db stats|verify|backup|restore --db ФАЙЛ [--to ФАЙЛ | --from ФАЙЛ] [--json]</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>нет базы данных %1</translation>
        </message>
        <message>
            <source>backup needs --to FILE</source>
            <translation>для backup нужен --to ФАЙЛ</translation>
        </message>
        <message>
            <source>restore needs --from FILE</source>
            <translation>для restore нужен --from ФАЙЛ</translation>
        </message>
        <message>
            <source>unknown db command "%1"</source>
            <translation>неизвестная команда db «%1»</translation>
        </message>
        <message>
            <source>schema version</source>
            <translation>версия схемы</translation>
        </message>
        <message>
            <source>sites</source>
            <translation>объекты</translation>
        </message>
        <message>
            <source>substations</source>
            <translation>подстанции</translation>
        </message>
        <message>
            <source>routers</source>
            <translation>УСПД</translation>
        </message>
        <message>
            <source>meters</source>
            <translation>счётчики</translation>
        </message>
        <message>
            <source>interval values</source>
            <translation>интервальные значения</translation>
        </message>
        <message>
            <source>register snapshots</source>
            <translation>снимки регистров</translation>
        </message>
        <message>
            <source>events</source>
            <translation>события</translation>
        </message>
        <message>
            <source>alarms</source>
            <translation>тревоги</translation>
        </message>
        <message>
            <source>open alarms</source>
            <translation>открытые тревоги</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>конфликты</translation>
        </message>
        <message>
            <source>sealed blocks</source>
            <translation>запечатанные блоки</translation>
        </message>
        <message>
            <source>size, bytes</source>
            <translation>размер, байт</translation>
        </message>
        <message>
            <source>verified: %1 rows in %2 blocks, no changes found</source>
            <translation>проверено: строк — %1, блоков — %2, изменений не обнаружено</translation>
        </message>
        <message numerus="yes">
            <source>NOT VERIFIED: %n problem(s) found</source>
            <translation>
                <numerusform>ПРОВЕРКА НЕ ПРОЙДЕНА: обнаружено проблем: %n</numerusform>
                <numerusform>ПРОВЕРКА НЕ ПРОЙДЕНА: обнаружено проблем: %n</numerusform>
                <numerusform>ПРОВЕРКА НЕ ПРОЙДЕНА: обнаружено проблем: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>backup written to %1</source>
            <translation>резервная копия записана в %1</translation>
        </message>
        <message>
            <source>restored from %1</source>
            <translation>восстановлено из %1</translation>
        </message>
        <message>
            <source>need at least 2 meters and 1 day</source>
            <translation>нужно не менее 2 счётчиков и 1 суток</translation>
        </message>
        <message>
            <source>database: stats, verify, backup, restore</source>
            <translation>база данных: stats, verify, backup, restore</translation>
        </message>
    </context>
    <context>
        <name>DemoSetup</name>
        <message>
            <source>SNT Rassvet (demo)</source>
            <translation>СНТ «Рассвет» (демо)</translation>
        </message>
        <message>
            <source>Substation TP-1 10/0.4 kV</source>
            <translation>ТП-1 10/0,4 кВ</translation>
        </message>
        <message>
            <source>TP-1 router</source>
            <translation>УСПД ТП-1</translation>
        </message>
        <message>
            <source>Demo: all meters every half hour</source>
            <translation>Демо: все счётчики каждые полчаса</translation>
        </message>
        <message>
            <source>the demo router did not report its meters: %1</source>
            <translation>демонстрационный УСПД не сообщил список счётчиков: %1</translation>
        </message>
    </context>
    <context>
        <name>DisconnectControl</name>
        <message>
            <source>control state %1 is not defined (0..2)</source>
            <translation>состояние реле %1 не определено (0..2)</translation>
        </message>
        <message>
            <source>control mode %1 is not defined (0..6)</source>
            <translation>режим управления %1 не определён (0..6)</translation>
        </message>
        <message>
            <source>the disconnect control has no attribute %1</source>
            <translation>у объекта управления реле нет атрибута %1</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>отключено</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>подключено</translation>
        </message>
        <message>
            <source>ready for reconnection</source>
            <translation>готово к включению</translation>
        </message>
        <message>
            <source>control state %1</source>
            <translation>состояние %1</translation>
        </message>
        <message>
            <source>Mode 0: the relay always stays connected.</source>
            <translation>Режим 0: реле всегда включено.</translation>
        </message>
        <message>
            <source>Mode 1: disconnection remote, by the button or by the meter itself; a remote reconnection only permits it, the subscriber closes the relay with the button.</source>
            <translation>Режим 1: отключение дистанционное, кнопкой или самим счётчиком; дистанционное включение только разрешает включение, абонент включает реле кнопкой.</translation>
        </message>
        <message>
            <source>Mode 2: disconnection remote, by the button or by the meter itself; a remote reconnection closes the relay directly.</source>
            <translation>Режим 2: отключение дистанционное, кнопкой или самим счётчиком; дистанционное включение сразу включает реле.</translation>
        </message>
        <message>
            <source>Mode 3: disconnection remote or by the meter itself, not by the button; a remote reconnection only permits it, the subscriber closes the relay with the button.</source>
            <translation>Режим 3: отключение дистанционное или самим счётчиком, но не кнопкой; дистанционное включение только разрешает включение, абонент включает реле кнопкой.</translation>
        </message>
        <message>
            <source>Mode 4: disconnection remote or by the meter itself, not by the button; a remote reconnection closes the relay directly.</source>
            <translation>Режим 4: отключение дистанционное или самим счётчиком, но не кнопкой; дистанционное включение сразу включает реле.</translation>
        </message>
        <message>
            <source>Mode 5: as mode 1, and the meter also reconnects by itself when the cause of a local disconnection is gone.</source>
            <translation>Режим 5: как режим 1, и счётчик сам включает реле, когда причина локального отключения устранена.</translation>
        </message>
        <message>
            <source>Mode 6: as mode 3, and the meter also reconnects by itself when the cause of a local disconnection is gone.</source>
            <translation>Режим 6: как режим 3, и счётчик сам включает реле, когда причина локального отключения устранена.</translation>
        </message>
        <message>
            <source>Control mode %1 is not defined.</source>
            <translation>Режим управления %1 не определён.</translation>
        </message>
    </context>
    <context>
        <name>DisplayFormat</name>
        <message>
            <source>%1 kWh</source>
            <translation>%1 кВт·ч</translation>
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
            <translation>%1 мс</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 с</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
    </context>
    <context>
        <name>DlmsCommand</name>
        <message>
            <source>%1 is not in the device's object list</source>
            <translation>%1 отсутствует в списке объектов устройства</translation>
        </message>
        <message>
            <source>the value must be typed JSON such as {"type":"long-unsigned","value":15}</source>
            <translation>значение должно быть типизированным JSON, например {"type":"long-unsigned","value":15}</translation>
        </message>
        <message>
            <source>--%1: "%2" is not an ISO 8601 time</source>
            <translation>--%1: «%2» — не время в формате ISO 8601</translation>
        </message>
        <message>
            <source>get needs at least one OBIS:ATTR</source>
            <translation>для get нужен хотя бы один OBIS:АТРИБУТ</translation>
        </message>
        <message>
            <source>profile needs one OBIS, e.g. 1.0.99.1.0.255</source>
            <translation>для profile нужен один код OBIS, например 1.0.99.1.0.255</translation>
        </message>
        <message>
            <source>%1 is not a column of %2</source>
            <translation>%1 не является столбцом %2</translation>
        </message>
        <message>
            <source>--columns needs --from or --to (a range read)</source>
            <translation>для --columns нужен --from или --to (чтение по диапазону)</translation>
        </message>
        <message>
            <source>usage: set OBIS:ATTR JSON-VALUE</source>
            <translation>использование: set OBIS:АТРИБУТ JSON-ЗНАЧЕНИЕ</translation>
        </message>
        <message>
            <source>usage: action OBIS:METHOD [JSON-PARAM]</source>
            <translation>использование: action OBIS:МЕТОД [JSON-ПАРАМЕТР]</translation>
        </message>
        <message>
            <source>%1:%2 written</source>
            <translation>%1:%2 — записано</translation>
        </message>
        <message>
            <source>%1 method %2 done</source>
            <translation>%1: метод %2 выполнен</translation>
        </message>
        <message>
            <source>One JSON object per line.</source>
            <translation>По одному объекту JSON на строку.</translation>
        </message>
        <message>
            <source>Write every frame to stderr.</source>
            <translation>Выводить каждый кадр в stderr.</translation>
        </message>
        <message>
            <source>Profile range start (ISO 8601).</source>
            <translation>Начало диапазона профиля (ISO 8601).</translation>
        </message>
        <message>
            <source>Profile range end (ISO 8601).</source>
            <translation>Конец диапазона профиля (ISO 8601).</translation>
        </message>
        <message>
            <source>Profile columns to read, comma-separated OBIS codes.</source>
            <translation>Читаемые столбцы профиля: коды OBIS через запятую.</translation>
        </message>
        <message>
            <source>get, set, action, profile or objects</source>
            <translation>get, set, action, profile или objects</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Показать эту справку.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli dlms get|set|action|profile|objects [options]; see imsdesk-cli dlms --help</source>
            <translation>использование: imsdesk-cli dlms get|set|action|profile|objects [параметры]; см. imsdesk-cli dlms --help</translation>
        </message>
    </context>
    <context>
        <name>DomainStore</name>
        <message>
            <source>meter %1: transformer ratios must be positive</source>
            <translation>счётчик %1: коэффициенты трансформации должны быть положительными</translation>
        </message>
        <message>
            <source>no meter %1</source>
            <translation>нет счётчика %1</translation>
        </message>
        <message>
            <source>no balance group %1</source>
            <translation>нет балансовой группы %1</translation>
        </message>
    </context>
    <context>
        <name>EngineCore</name>
        <message>
            <source>Schedule "%1": %2</source>
            <translation>Расписание «%1»: %2</translation>
        </message>
        <message>
            <source>Switch schedule "%1": %2</source>
            <translation>Расписание переключений «%1»: %2</translation>
        </message>
        <message>
            <source>Switch schedules: %1</source>
            <translation>Расписания переключений: %1</translation>
        </message>
        <message>
            <source>Switch schedules cannot run: %1</source>
            <translation>Расписания переключений не могут выполняться: %1</translation>
        </message>
        <message numerus="yes">
            <source>Demo substation commissioned: %n meter(s).</source>
            <translation>
                <numerusform>Демо-подстанция введена в эксплуатацию: %n счётчик.</numerusform>
                <numerusform>Демо-подстанция введена в эксплуатацию: %n счётчика.</numerusform>
                <numerusform>Демо-подстанция введена в эксплуатацию: %n счётчиков.</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo substation connected.</source>
            <translation>Демо-подстанция подключена.</translation>
        </message>
        <message>
            <source>The polling engine is not running.</source>
            <translation>Механизм опроса не запущен.</translation>
        </message>
        <message>
            <source>Another group switch is still running.</source>
            <translation>Ещё выполняется другое групповое переключение.</translation>
        </message>
        <message>
            <source>group %1 (%2)</source>
            <translation>группа %1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n frame(s) not shown: the link is faster than the trace</source>
            <translation>
                <numerusform>%n кадр не показан: канал быстрее трассировки</numerusform>
                <numerusform>%n кадра не показано: канал быстрее трассировки</numerusform>
                <numerusform>%n кадров не показано: канал быстрее трассировки</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EngineWiring</name>
        <message numerus="yes">
            <source>%1: %n meter(s) queued</source>
            <translation>
                <numerusform>%1: в очереди %n счётчик</numerusform>
                <numerusform>%1: в очереди %n счётчика</numerusform>
                <numerusform>%1: в очереди %n счётчиков</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorApdu</name>
        <message>
            <source>exception: %1, %2</source>
            <translation>исключение: %1, %2</translation>
        </message>
        <message>
            <source> (expected invocation counter %1)</source>
            <translation> (ожидаемое значение счётчика вызовов: %1)</translation>
        </message>
        <message>
            <source>confirmed service error: %1</source>
            <translation>ошибка подтверждаемой службы: %1</translation>
        </message>
    </context>
    <context>
        <name>FieldReader</name>
        <message>
            <source>expected %1, got %2</source>
            <translation>ожидался тип %1, получен %2</translation>
        </message>
        <message>
            <source>expected a structure of %1 members, got %2</source>
            <translation>ожидалась структура из %1 элементов, получено %2</translation>
        </message>
        <message>
            <source>expected array, got %1</source>
            <translation>ожидался массив, получен %1</translation>
        </message>
        <message>
            <source>%1 elements, at most %2 allowed</source>
            <translation>%1 элементов, допустимо не более %2</translation>
        </message>
        <message>
            <source>expected an octet-string of %1 octets, got %2</source>
            <translation>ожидалась строка октетов длиной %1, получено %2</translation>
        </message>
        <message>
            <source>octets %1 are not a valid date-time</source>
            <translation>октеты %1 не являются допустимыми датой и временем</translation>
        </message>
        <message>
            <source>octets %1 are not a valid date</source>
            <translation>октеты %1 не являются допустимой датой</translation>
        </message>
        <message>
            <source>octets %1 are not a valid time</source>
            <translation>октеты %1 не являются допустимым временем</translation>
        </message>
    </context>
    <context>
        <name>FleetCli</name>
        <message>
            <source>usage: imsdesk-cli router add|list|meters --db FILE ...</source>
            <translation>использование: imsdesk-cli router add|list|meters --db ФАЙЛ ...</translation>
        </message>
        <message>
            <source>Router name.</source>
            <translation>Имя УСПД.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>ИМЯ</translation>
        </message>
        <message>
            <source>Site (default: the first one).</source>
            <translation>Объект (по умолчанию — первый).</translation>
        </message>
        <message>
            <source>Substation (default: the router's name).</source>
            <translation>Подстанция (по умолчанию — имя УСПД).</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli router add --db FILE --name NAME (--tcp HOST:PORT [--wrapper] | --serial DEV ...) [security options]</source>
            <translation>использование: imsdesk-cli router add --db ФАЙЛ --name ИМЯ (--tcp УЗЕЛ:ПОРТ [--wrapper] | --serial УСТРОЙСТВО ...) [параметры безопасности]</translation>
        </message>
        <message>
            <source>a router is reached over TCP or a serial line</source>
            <translation>УСПД подключается по TCP или по последовательной линии</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>router %1 added (id %2), %3</source>
            <translation>УСПД %1 добавлен (id %2), %3</translation>
        </message>
        <message numerus="yes">
            <source>%n meter(s)</source>
            <translation>
                <numerusform>%n счётчик</numerusform>
                <numerusform>%n счётчика</numerusform>
                <numerusform>%n счётчиков</numerusform>
            </translation>
        </message>
        <message>
            <source>Router name or id.</source>
            <translation>Имя или id УСПД.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli router meters --db FILE --router NAME [--json]</source>
            <translation>использование: imsdesk-cli router meters --db ФАЙЛ --router ИМЯ [--json]</translation>
        </message>
        <message>
            <source>served</source>
            <translation>обслуживается</translation>
        </message>
        <message>
            <source>discovered</source>
            <translation>обнаружен</translation>
        </message>
        <message>
            <source>not in database</source>
            <translation>нет в базе</translation>
        </message>
        <message>
            <source>in database</source>
            <translation>есть в базе</translation>
        </message>
        <message>
            <source>Take every meter the router knows into the database.</source>
            <translation>Внести в базу все счётчики, известные УСПД.</translation>
        </message>
        <message>
            <source>Only the meters the router already serves.</source>
            <translation>Только счётчики, которые УСПД уже обслуживает.</translation>
        </message>
        <message>
            <source>Serial of the substation's input meter (heads a balance group of all the router's meters).</source>
            <translation>Заводской номер головного счётчика подстанции (возглавит балансную группу из всех счётчиков УСПД).</translation>
        </message>
        <message>
            <source>SERIAL</source>
            <translation>НОМЕР</translation>
        </message>
        <message>
            <source>router %1: %2 meter(s) added, %3 already in the database</source>
            <translation>УСПД %1: добавлено счётчиков: %2, уже были в базе: %3</translation>
        </message>
        <message>
            <source>Poll one router.</source>
            <translation>Опросить один УСПД.</translation>
        </message>
        <message>
            <source>Poll one meter.</source>
            <translation>Опросить один счётчик.</translation>
        </message>
        <message>
            <source>Poll every router.</source>
            <translation>Опросить все УСПД.</translation>
        </message>
        <message>
            <source>daily, profile, events, registers, instant, clock or billing; comma-separated (default daily).</source>
            <translation>daily, profile, events, registers, instant, clock или billing через запятую (по умолчанию daily).</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>ЧТО</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli poll --db FILE (--router NAME | --meter SERIAL | --all) [--what daily|profile|events|registers|instant|clock|billing] [--json]</source>
            <translation>использование: imsdesk-cli poll --db ФАЙЛ (--router ИМЯ | --meter НОМЕР | --all) [--what daily|profile|events|registers|instant|clock|billing] [--json]</translation>
        </message>
        <message>
            <source>%1: %2 of %3 meters done, %4 failed, %5 retries</source>
            <translation>%1: опрошено %2 из %3 счётчиков, ошибок %4, повторов %5</translation>
        </message>
        <message>
            <source>%1 meter(s): %2 ok, %3 partial, %4 failed; %5 intervals stored; %6 bytes sent, %7 received; %8 s</source>
            <translation>счётчиков: %1; успешно %2, частично %3, с ошибкой %4; сохранено интервалов: %5; передано байт: %6, принято: %7; %8 с</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>add routers to the database, list them, list a router's meters</source>
            <translation>добавить УСПД в базу, показать их, показать счётчики УСПД</translation>
        </message>
        <message>
            <source>read meters now and store what they hold</source>
            <translation>опросить счётчики сейчас и сохранить их данные</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli commission --db FILE --router NAME (--all-discovered | --served-only) [--head-meter SERIAL] [--json]
       imsdesk-cli commission --db FILE --csv FILE [--allow-unknown] [--dry-run] [--json]</source>
            <translation>использование: imsdesk-cli commission --db ФАЙЛ --router ИМЯ (--all-discovered | --served-only) [--head-meter НОМЕР] [--json]
       imsdesk-cli commission --db ФАЙЛ --csv ФАЙЛ [--allow-unknown] [--dry-run] [--json]</translation>
        </message>
        <message>
            <source>take the meters a router knows into the database, or bind meters to subscribers from a CSV</source>
            <translation>принять в базу счётчики, известные УСПД, или привязать счётчики к абонентам из CSV</translation>
        </message>
    </context>
    <context>
        <name>FleetStore</name>
        <message>
            <source>router %1 has no TCP address</source>
            <translation>у УСПД %1 нет TCP-адреса</translation>
        </message>
        <message>
            <source>router %1 has no serial port</source>
            <translation>у УСПД %1 не задан последовательный порт</translation>
        </message>
        <message>
            <source>a router needs a name</source>
            <translation>УСПД нужно имя</translation>
        </message>
        <message>
            <source>a router named %1 already exists</source>
            <translation>УСПД с именем %1 уже есть</translation>
        </message>
        <message>
            <source>no router %1</source>
            <translation>нет УСПД %1</translation>
        </message>
        <message>
            <source>meter %1 is not bound to a router (optical readout only)</source>
            <translation>счётчик %1 не привязан к УСПД (только оптическое считывание)</translation>
        </message>
        <message>
            <source>no router with id %1</source>
            <translation>нет УСПД с идентификатором %1</translation>
        </message>
    </context>
    <context>
        <name>Gcm</name>
        <message>
            <source>AES-128 key must be 16 bytes, got %1</source>
            <translation>ключ AES-128 должен быть длиной 16 байт, получено %1</translation>
        </message>
        <message>
            <source>GCM IV must be 12 bytes, got %1</source>
            <translation>IV для GCM должен быть длиной 12 байт, получено %1</translation>
        </message>
        <message>
            <source>OpenSSL AES-GCM operation failed</source>
            <translation>сбой операции AES-GCM в OpenSSL</translation>
        </message>
        <message>
            <source>data too large for AES-GCM</source>
            <translation>слишком большой объём данных для AES-GCM</translation>
        </message>
        <message>
            <source>GCM tag must be 12 bytes, got %1</source>
            <translation>тег GCM должен быть длиной 12 байт, получено %1</translation>
        </message>
        <message>
            <source>authentication tag mismatch: wrong key or tampered data</source>
            <translation>тег аутентификации не совпадает: неверный ключ или данные были изменены</translation>
        </message>
    </context>
    <context>
        <name>GetApdu</name>
        <message>
            <source>DataBlock-G result choice %1 is neither raw-data nor result</source>
            <translation>вариант результата DataBlock-G %1 — ни raw-data, ни result</translation>
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
            <translation>адрес HDLC %1/%2 не помещается в %3 байт(а)</translation>
        </message>
        <message>
            <source>HDLC address size %1 is not 1, 2 or 4</source>
            <translation>размер адреса HDLC %1 не равен 1, 2 или 4</translation>
        </message>
        <message>
            <source>HDLC address does not end within 4 bytes</source>
            <translation>адрес HDLC не заканчивается в пределах 4 байт</translation>
        </message>
        <message>
            <source>HDLC address of 3 bytes</source>
            <translation>адрес HDLC длиной 3 байта</translation>
        </message>
        <message>
            <source>HDLC address cut short</source>
            <translation>адрес HDLC обрезан</translation>
        </message>
    </context>
    <context>
        <name>HdlcLlc</name>
        <message>
            <source>I-frame without the LLC header E6 E6/E7 00</source>
            <translation>I-кадр без заголовка LLC E6 E6/E7 00</translation>
        </message>
    </context>
    <context>
        <name>HdlcParameters</name>
        <message>
            <source>HDLC parameters do not start with 81 80</source>
            <translation>параметры HDLC не начинаются с 81 80</translation>
        </message>
        <message>
            <source>HDLC parameter runs past the end of the field</source>
            <translation>параметр HDLC выходит за конец поля</translation>
        </message>
        <message>
            <source>HDLC parameter value of %1 bytes</source>
            <translation>значение параметра HDLC длиной %1 байт</translation>
        </message>
    </context>
    <context>
        <name>HdlcParser</name>
        <message>
            <source>HDLC frame cut short: the line fell silent</source>
            <translation>кадр HDLC оборван: линия замолчала</translation>
        </message>
        <message>
            <source>HDLC frame format type %1 instead of 3 (0xA)</source>
            <translation>тип формата кадра HDLC %1 вместо 3 (0xA)</translation>
        </message>
        <message>
            <source>HDLC frame length %1 exceeds the limit of %2</source>
            <translation>длина кадра HDLC %1 превышает предел %2</translation>
        </message>
        <message>
            <source>HDLC frame length %1 does not match its header</source>
            <translation>длина кадра HDLC %1 не соответствует заголовку</translation>
        </message>
        <message>
            <source>HDLC header checksum (HCS) mismatch</source>
            <translation>неверная контрольная сумма заголовка HDLC (HCS)</translation>
        </message>
        <message>
            <source>HDLC frame of length %1 is not followed by a flag</source>
            <translation>за кадром HDLC длиной %1 нет флага</translation>
        </message>
        <message>
            <source>HDLC frame checksum (FCS) mismatch</source>
            <translation>неверная контрольная сумма кадра HDLC (FCS)</translation>
        </message>
    </context>
    <context>
        <name>HdlcReassembler</name>
        <message>
            <source>segmented HDLC data of %1+ bytes exceeds the limit of %2</source>
            <translation>сегментированные данные HDLC (%1+ байт) превышают предел %2</translation>
        </message>
    </context>
    <context>
        <name>HdlcSetup</name>
        <message>
            <source>baud rate code %1 is not defined (0..9)</source>
            <translation>код скорости обмена %1 не определён (0..9)</translation>
        </message>
        <message>
            <source>the HDLC setup has no attribute %1</source>
            <translation>у настроек HDLC нет атрибута %1</translation>
        </message>
        <message>
            <source>%1 is %2, the allowed range is 1 to 7</source>
            <translation>%1 = %2, допустимый диапазон от 1 до 7</translation>
        </message>
        <message>
            <source>%1 is %2, the allowed range is 32 to 2030</source>
            <translation>%1 = %2, допустимый диапазон от 32 до 2030</translation>
        </message>
        <message>
            <source>%1 is %2, the allowed range is 20 to 6000</source>
            <translation>%1 = %2, допустимый диапазон от 20 до 6000</translation>
        </message>
    </context>
    <context>
        <name>HdlcStation</name>
        <message>
            <source>cannot encode %1</source>
            <translation>не удалось закодировать %1</translation>
        </message>
        <message>
            <source>a server station does not connect</source>
            <translation>серверная станция не инициирует соединение</translation>
        </message>
        <message>
            <source>HDLC link is not connected</source>
            <translation>соединение HDLC не установлено</translation>
        </message>
        <message>
            <source>no HDLC response after %1 retries</source>
            <translation>нет ответа HDLC после повторов: %1</translation>
        </message>
        <message>
            <source>the meter answered DM (disconnected mode)</source>
            <translation>счётчик ответил DM (режим разъединения)</translation>
        </message>
        <message>
            <source>the meter rejected a frame (FRMR %1)</source>
            <translation>счётчик отверг кадр (FRMR %1)</translation>
        </message>
        <message>
            <source>the meter answered %1 times without taking or sending a frame</source>
            <translation>счётчик ответил %1 раз, но не принял и не передал ни одного кадра</translation>
        </message>
    </context>
    <context>
        <name>HlsGmac</name>
        <message>
            <source>HLS challenge must be 8..64 bytes, not %1</source>
            <translation>запрос (challenge) HLS должен быть длиной 8..64 байт, а не %1</translation>
        </message>
        <message>
            <source>the random number generator failed</source>
            <translation>сбой генератора случайных чисел</translation>
        </message>
        <message>
            <source>system title must be 8 bytes</source>
            <translation>системный заголовок должен быть длиной 8 байт</translation>
        </message>
        <message>
            <source>HLS-GMAC response has %1 bytes, expected 17</source>
            <translation>ответ HLS-GMAC длиной %1 байт, ожидалось 17</translation>
        </message>
        <message>
            <source>HLS-GMAC response has security control 0x%1</source>
            <translation>в ответе HLS-GMAC байт управления безопасностью 0x%1</translation>
        </message>
        <message>
            <source>HLS-GMAC: the peer's answer to our challenge does not verify</source>
            <translation>HLS-GMAC: ответ партнёра на наш запрос (challenge) не прошёл проверку</translation>
        </message>
    </context>
    <context>
        <name>Iec21DataSets</name>
        <message>
            <source>"%1" has two decimal points.</source>
            <translation>В «%1» два десятичных разделителя.</translation>
        </message>
        <message>
            <source>"%1" is not a decimal number.</source>
            <translation>«%1» не является десятичным числом.</translation>
        </message>
        <message>
            <source>"%1" has too many digits.</source>
            <translation>В «%1» слишком много цифр.</translation>
        </message>
        <message>
            <source>A value bracket is not closed.</source>
            <translation>Не закрыта скобка значения.</translation>
        </message>
        <message>
            <source>A value is longer than %1 characters.</source>
            <translation>Значение длиннее %1 символов.</translation>
        </message>
        <message>
            <source>A value holds a forbidden character.</source>
            <translation>Значение содержит недопустимый символ.</translation>
        </message>
        <message>
            <source>More than %1 values in one message.</source>
            <translation>В одном сообщении больше %1 значений.</translation>
        </message>
        <message>
            <source>A data set address is not followed by a value.</source>
            <translation>За адресом набора данных нет значения.</translation>
        </message>
        <message>
            <source>A data set address is longer than %1 characters.</source>
            <translation>Адрес набора данных длиннее %1 символов.</translation>
        </message>
    </context>
    <context>
        <name>Iec21Messages</name>
        <message>
            <source>The identification message is too short or does not start with '/'.</source>
            <translation>Идентификационное сообщение слишком короткое или не начинается с '/'.</translation>
        </message>
        <message>
            <source>The identification message is too long.</source>
            <translation>Идентификационное сообщение слишком длинное.</translation>
        </message>
        <message>
            <source>The identification message contains control characters.</source>
            <translation>Идентификационное сообщение содержит управляющие символы.</translation>
        </message>
        <message>
            <source>The manufacturer code "%1" is not three letters.</source>
            <translation>Код изготовителя «%1» не состоит из трёх букв.</translation>
        </message>
        <message>
            <source>The identification has no baud rate character.</source>
            <translation>В идентификации нет символа скорости обмена.</translation>
        </message>
        <message>
            <source>The device address is longer than 32 characters.</source>
            <translation>Адрес устройства длиннее 32 символов.</translation>
        </message>
        <message>
            <source>The device address may hold only letters, digits and spaces.</source>
            <translation>Адрес устройства может содержать только буквы, цифры и пробелы.</translation>
        </message>
        <message>
            <source>The block is too short.</source>
            <translation>Блок слишком короткий.</translation>
        </message>
        <message>
            <source>The block does not start with SOH/STX or does not end with ETX/EOT.</source>
            <translation>Блок не начинается с SOH/STX или не заканчивается ETX/EOT.</translation>
        </message>
        <message>
            <source>The block holds a second STX.</source>
            <translation>В блоке второй символ STX.</translation>
        </message>
        <message>
            <source>The command "%1" is not a letter and a character.</source>
            <translation>Команда «%1» не состоит из буквы и ещё одного символа.</translation>
        </message>
        <message>
            <source>The block holds a control character inside its data.</source>
            <translation>В данных блока есть управляющий символ.</translation>
        </message>
        <message>
            <source>Block check character mismatch: received 0x%1, computed 0x%2.</source>
            <translation>Не совпадает контрольный символ блока (BCC): получен 0x%1, вычислен 0x%2.</translation>
        </message>
        <message>
            <source>The option select message is not ACK V Z Y CR LF.</source>
            <translation>Сообщение выбора режима не соответствует формату ACK V Z Y CR LF.</translation>
        </message>
        <message>
            <source>Unknown protocol control character '%1'.</source>
            <translation>Неизвестный символ управления протоколом '%1'.</translation>
        </message>
        <message>
            <source>The option select has no baud rate character.</source>
            <translation>В сообщении выбора режима нет символа скорости обмена.</translation>
        </message>
        <message>
            <source>Unknown mode control character.</source>
            <translation>Неизвестный символ управления режимом.</translation>
        </message>
        <message>
            <source>The sign-on request is not /?ADDRESS!.</source>
            <translation>Запрос на установление связи не соответствует формату /?АДРЕС!.</translation>
        </message>
        <message>
            <source>The device address holds a forbidden character.</source>
            <translation>Адрес устройства содержит недопустимый символ.</translation>
        </message>
    </context>
    <context>
        <name>IecLocalPortSetup</name>
        <message>
            <source>value %1 is not defined (0..%2)</source>
            <translation>значение %1 не определено (0..%2)</translation>
        </message>
        <message>
            <source>the local port setup has no attribute %1</source>
            <translation>у настроек оптопорта нет атрибута %1</translation>
        </message>
    </context>
    <context>
        <name>Ingestor</name>
        <message>
            <source>cannot set up the ingest connection: %1</source>
            <translation>не удаётся настроить соединение для записи показаний: %1</translation>
        </message>
    </context>
    <context>
        <name>Initiate</name>
        <message>
            <source>conformance block header is %1, expected 5F 1F 04 00</source>
            <translation>заголовок блока conformance — %1, ожидалось 5F 1F 04 00</translation>
        </message>
        <message>
            <source>expected xDLMS tag 0x%1, found 0x%2</source>
            <translation>ожидался тег xDLMS 0x%1, найден 0x%2</translation>
        </message>
    </context>
    <context>
        <name>IntegrityVerifier</name>
        <message>
            <source>interval values, meter %1, channel %2, interval ending %3</source>
            <translation>интервальные значения, счётчик %1, канал %2, конец интервала %3</translation>
        </message>
        <message>
            <source>register snapshots, meter %1, taken at %2</source>
            <translation>снимки регистров, счётчик %1, время снятия %2</translation>
        </message>
        <message>
            <source>%1: value changed outside ImsDesk</source>
            <translation>%1: значение изменено вне ImsDesk</translation>
        </message>
        <message>
            <source>%1: row deleted outside ImsDesk</source>
            <translation>%1: строка удалена вне ImsDesk</translation>
        </message>
        <message>
            <source>%1: row added outside ImsDesk</source>
            <translation>%1: строка добавлена вне ImsDesk</translation>
        </message>
        <message>
            <source>%1: day block altered</source>
            <translation>%1: суточный блок изменён</translation>
        </message>
        <message>
            <source>%1: hash chain broken at this day</source>
            <translation>%1: в этот день нарушена цепочка хешей</translation>
        </message>
        <message>
            <source>%1: seal record unreadable</source>
            <translation>%1: запись печати не читается</translation>
        </message>
    </context>
    <context>
        <name>InventoryReader</name>
        <message>
            <source>the meter list is not an array</source>
            <translation>список счётчиков — не массив</translation>
        </message>
        <message>
            <source>the meter list has too many entries</source>
            <translation>в списке счётчиков слишком много записей</translation>
        </message>
        <message>
            <source>a meter list entry has the wrong shape</source>
            <translation>запись списка счётчиков имеет неверную структуру</translation>
        </message>
        <message>
            <source>the route table is not an array</source>
            <translation>таблица маршрутов — не массив</translation>
        </message>
        <message>
            <source>a route table entry has the wrong shape</source>
            <translation>запись таблицы маршрутов имеет неверную структуру</translation>
        </message>
    </context>
    <context>
        <name>KwhText</name>
        <message>
            <source>enter the threshold in kWh</source>
            <translation>введите порог в кВт·ч</translation>
        </message>
        <message>
            <source>"%1" is not a number of kWh (e.g. 150 or 150.5)</source>
            <translation>«%1» — не количество кВт·ч (например, 150 или 150,5)</translation>
        </message>
        <message>
            <source>%1 kWh is more than a meter register holds (at most %2 kWh)</source>
            <translation>%1 кВт·ч — больше, чем вмещает регистр счётчика (не более %2 кВт·ч)</translation>
        </message>
        <message>
            <source>%1 kWh is finer than 1 Wh: at most three decimals</source>
            <translation>%1 кВт·ч — точнее 1 Вт·ч: не более трёх знаков после запятой</translation>
        </message>
    </context>
    <context>
        <name>LimitCommand</name>
        <message>
            <source>off</source>
            <translation>выкл.</translation>
        </message>
        <message>
            <source>%1: %2, over %3 s, under %4 s</source>
            <translation>%1: %2, превышение %3 с, возврат %4 с</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a number of seconds</source>
            <translation>--%1: «%2» — не число секунд</translation>
        </message>
        <message>
            <source>power, current, voltage or differential-current.</source>
            <translation>power (мощность), current (ток), voltage (напряжение) или differential-current (дифференциальный ток).</translation>
        </message>
        <message>
            <source>Threshold in W, A or V; 0 switches the limit off.</source>
            <translation>Порог в Вт, А или В; 0 отключает ограничение.</translation>
        </message>
        <message>
            <source>Seconds over the threshold before the relay opens.</source>
            <translation>Секунд выше порога до размыкания реле.</translation>
        </message>
        <message>
            <source>Seconds under the threshold before reconnection.</source>
            <translation>Секунд ниже порога до повторного подключения.</translation>
        </message>
        <message>
            <source>get or set</source>
            <translation>get или set</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Показать эту справку.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli limit get [--kind KIND] | set --kind KIND --threshold N [--over S] [--under S] (--db FILE --meter SERIAL | connection options) [--yes] [--json]</source>
            <translation>использование: imsdesk-cli limit get [--kind ВИД] | set --kind ВИД --threshold N [--over С] [--under С] (--db ФАЙЛ --meter НОМЕР | параметры подключения) [--yes] [--json]</translation>
        </message>
        <message>
            <source>--kind must be power, current, voltage or differential-current</source>
            <translation>--kind должен быть power, current, voltage или differential-current</translation>
        </message>
        <message>
            <source>limit set needs --kind and --threshold</source>
            <translation>limit set требует --kind и --threshold</translation>
        </message>
        <message>
            <source>--threshold: "%1" is not a number of %2 (0 or more)</source>
            <translation>--threshold: «%1» — не число %2 (0 или больше)</translation>
        </message>
        <message>
            <source>switch off the %1 limit of %2</source>
            <translation>отключить ограничение %1: %2</translation>
        </message>
        <message>
            <source>set the %1 limit of %2 to %3 %4: above it the meter opens the load relay</source>
            <translation>установить ограничение %1: %2, на %3 %4; выше порога счётчик разомкнёт реле нагрузки</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>не удалось подключиться: %1</translation>
        </message>
        <message>
            <source>read or set a meter's power, current, voltage and differential-current limits</source>
            <translation>прочитать или установить ограничения счётчика по мощности, току, напряжению и дифференциальному току</translation>
        </message>
    </context>
    <context>
        <name>Limiter</name>
        <message>
            <source>a threshold must be a simple value, got %1</source>
            <translation>порог должен быть простым значением, получен %1</translation>
        </message>
        <message>
            <source>the limiter has no attribute %1</source>
            <translation>у ограничителя нет атрибута %1</translation>
        </message>
    </context>
    <context>
        <name>LimiterControl</name>
        <message>
            <source>%1 limit now %2 %3</source>
            <translation>ограничение %1 теперь %2 %3</translation>
        </message>
        <message>
            <source>the meter holds other values than written</source>
            <translation>в счётчике другие значения, чем записанные</translation>
        </message>
        <message>
            <source>the limiter is unchanged: %1</source>
            <translation>ограничитель не изменился: %1</translation>
        </message>
        <message>
            <source>the limiter was changed only in part (threshold %1 %2): %3</source>
            <translation>ограничитель изменён лишь частично (порог %1 %2): %3</translation>
        </message>
        <message>
            <source>the threshold is not a number</source>
            <translation>порог — не число</translation>
        </message>
        <message>
            <source>%1 cannot be given exactly: the meter counts in steps of %2</source>
            <translation>%1 нельзя задать точно: счётчик считает с шагом %2</translation>
        </message>
        <message>
            <source>%1 is outside what the meter's threshold (%2) can hold</source>
            <translation>%1 не помещается в порог счётчика (%2)</translation>
        </message>
        <message>
            <source>the meter keeps this threshold as %1, which is not a number</source>
            <translation>счётчик хранит этот порог как %1 — это не число</translation>
        </message>
        <message>
            <source>the meter has no %1 limiter (%2)</source>
            <translation>в счётчике нет ограничителя %1 (%2)</translation>
        </message>
        <message>
            <source>a threshold cannot be negative</source>
            <translation>порог не может быть отрицательным</translation>
        </message>
        <message>
            <source>could not read the limiter: %1</source>
            <translation>не удалось прочитать ограничитель: %1</translation>
        </message>
        <message>
            <source>%1 of the limiter writes were confirmed before the link failed (%2); read the limiter before retrying</source>
            <translation>до обрыва связи подтверждено записей ограничителя: %1 (%2); прочитайте ограничитель перед повтором</translation>
        </message>
        <message>
            <source>the limiter could not be read back: %1</source>
            <translation>ограничитель не удалось прочитать обратно: %1</translation>
        </message>
    </context>
    <context>
        <name>LinkSettings</name>
        <message>
            <source>"%1": expected tcp:[IPv6]:PORT</source>
            <translation>«%1»: ожидается tcp:[IPv6]:ПОРТ</translation>
        </message>
        <message>
            <source>"%1": expected tcp:HOST:PORT</source>
            <translation>«%1»: ожидается tcp:ХОСТ:ПОРТ</translation>
        </message>
        <message>
            <source>"%1": write an IPv6 address in brackets, tcp:[::1]:PORT</source>
            <translation>«%1»: укажите адрес IPv6 в квадратных скобках, tcp:[::1]:ПОРТ</translation>
        </message>
        <message>
            <source>"%1": the host name is empty</source>
            <translation>«%1»: не указано имя хоста</translation>
        </message>
        <message>
            <source>"%1": the port must be a number from 1 to 65535</source>
            <translation>«%1»: порт должен быть числом от 1 до 65535</translation>
        </message>
        <message>
            <source>"%1": the serial device is empty</source>
            <translation>«%1»: не указано устройство последовательного порта</translation>
        </message>
        <message>
            <source>"%1": baud rate %2 is outside %3..%4</source>
            <translation>«%1»: скорость обмена %2 вне диапазона %3..%4</translation>
        </message>
        <message>
            <source>"%1": only 7 or 8 data bits are supported</source>
            <translation>«%1»: поддерживается только 7 или 8 битов данных</translation>
        </message>
        <message>
            <source>"%1": the inter-frame gap may be at most %2 ms</source>
            <translation>«%1»: межкадровый интервал не может превышать %2 мс</translation>
        </message>
        <message>
            <source>"%1": unexpected "%2"; expected serial:DEV[:BAUD[:8N1]][:rtscts|xonxoff][:gap=MS][:echo]</source>
            <translation>«%1»: неожиданное «%2»; ожидается serial:УСТРОЙСТВО[:СКОРОСТЬ[:8N1]][:rtscts|xonxoff][:gap=МС][:echo]</translation>
        </message>
        <message>
            <source>"%1": the optical probe device is empty</source>
            <translation>«%1»: не указано устройство оптической головки</translation>
        </message>
        <message>
            <source>"%1": expected optical:DEV[:MAXBAUD]</source>
            <translation>«%1»: ожидается optical:УСТРОЙСТВО[:МАКС_СКОРОСТЬ]</translation>
        </message>
        <message>
            <source>"%1": the maximum baud rate must be a number from %2 to %3</source>
            <translation>«%1»: максимальная скорость обмена должна быть числом от %2 до %3</translation>
        </message>
        <message>
            <source>"%1": expected tcp:HOST:PORT, serial:DEV[:BAUD[:8N1]], optical:DEV or memory:NAME</source>
            <translation>«%1»: ожидается tcp:ХОСТ:ПОРТ, serial:УСТРОЙСТВО[:СКОРОСТЬ[:8N1]], optical:УСТРОЙСТВО или memory:ИМЯ</translation>
        </message>
        <message>
            <source>"%1": the memory link name is empty</source>
            <translation>«%1»: не указано имя канала memory</translation>
        </message>
        <message>
            <source>"%1": unknown link type "%2"; expected tcp, serial, optical or memory</source>
            <translation>«%1»: неизвестный тип канала «%2»; ожидается tcp, serial, optical или memory</translation>
        </message>
    </context>
    <context>
        <name>MeterCardQuery</name>
        <message>
            <source>meter %1 not found</source>
            <translation>счётчик %1 не найден</translation>
        </message>
    </context>
    <context>
        <name>MeterNodeItem</name>
        <message>
            <source>repeater %1</source>
            <translation>ретранслятор %1</translation>
        </message>
    </context>
    <context>
        <name>MeterPaymentStatus</name>
        <message>
            <source>out of credit: the meter disconnects the subscriber</source>
            <translation>средства исчерпаны: счётчик отключает абонента</translation>
        </message>
        <message>
            <source>out of credit: the subscriber is in debt</source>
            <translation>средства исчерпаны: у абонента долг</translation>
        </message>
        <message>
            <source>low credit: the subscriber is being warned to pay</source>
            <translation>мало средств: абоненту показано предупреждение об оплате</translation>
        </message>
    </context>
    <context>
        <name>MeterStatusQuery</name>
        <message>
            <source>Online</source>
            <translation>На связи</translation>
        </message>
        <message>
            <source>Not responding</source>
            <translation>Не отвечает</translation>
        </message>
        <message>
            <source>No data for a day</source>
            <translation>Нет данных за сутки</translation>
        </message>
        <message>
            <source>Open alarm</source>
            <translation>Неквитированная тревога</translation>
        </message>
        <message>
            <source>Relay open</source>
            <translation>Реле отключено</translation>
        </message>
        <message>
            <source>Clock off</source>
            <translation>Часы расходятся</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Отключён</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Never polled</source>
            <translation>Ещё не опрашивался</translation>
        </message>
    </context>
    <context>
        <name>MetersCommand</name>
        <message>
            <source>Database file.</source>
            <translation>Файл базы данных.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ФАЙЛ</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>Вывод в формате JSON.</translation>
        </message>
        <message>
            <source>Only meters whose serial, model, plot or subscriber contains TEXT.</source>
            <translation>Только счётчики, у которых заводской номер, модель, участок или абонент содержат ТЕКСТ.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>ТЕКСТ</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli meters --db FILE [--filter TEXT] [--json]</source>
            <translation>использование: imsdesk-cli meters --db ФАЙЛ [--filter ТЕКСТ] [--json]</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>нет базы данных %1</translation>
        </message>
        <message>
            <source>list the meters of a database</source>
            <translation>список счётчиков в базе данных</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>schema version %1 is unknown to this program</source>
            <translation>версия схемы %1 неизвестна этой программе</translation>
        </message>
        <message>
            <source>the database has schema version %1, newer than this program's %2</source>
            <translation>у базы данных версия схемы %1, новее, чем поддерживает программа (%2)</translation>
        </message>
        <message>
            <source>migration to version %1 failed: %2</source>
            <translation>ошибка миграции на версию %1: %2</translation>
        </message>
    </context>
    <context>
        <name>NetworkGraphQuery</name>
        <message>
            <source>router %1 not found</source>
            <translation>УСПД %1 не найден</translation>
        </message>
    </context>
    <context>
        <name>Obis</name>
        <message>
            <source>"%1" is not a full OBIS code A.B.C.D.E.F or A-B:C.D.E*F</source>
            <translation>«%1» не является полным кодом OBIS вида A.B.C.D.E.F или A-B:C.D.E*F</translation>
        </message>
        <message>
            <source>"%1" is not a full OBIS code: group %2 must be 0..255</source>
            <translation>«%1» не является полным кодом OBIS: группа %2 должна быть в диапазоне 0..255</translation>
        </message>
        <message>
            <source>an OBIS code is 6 bytes, got %1</source>
            <translation>код OBIS занимает 6 байт, получено %1</translation>
        </message>
    </context>
    <context>
        <name>ObjectListElement</name>
        <message>
            <source>authenticated request</source>
            <translation>аутентифицированный запрос</translation>
        </message>
        <message>
            <source>encrypted request</source>
            <translation>зашифрованный запрос</translation>
        </message>
        <message>
            <source>digitally signed request</source>
            <translation>запрос с цифровой подписью</translation>
        </message>
        <message>
            <source>authenticated response</source>
            <translation>аутентифицированный ответ</translation>
        </message>
        <message>
            <source>encrypted response</source>
            <translation>зашифрованный ответ</translation>
        </message>
        <message>
            <source>digitally signed response</source>
            <translation>ответ с цифровой подписью</translation>
        </message>
        <message>
            <source>no-access</source>
            <translation>нет доступа</translation>
        </message>
        <message>
            <source>read</source>
            <translation>чтение</translation>
        </message>
        <message>
            <source>write</source>
            <translation>запись</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>только чтение</translation>
        </message>
        <message>
            <source>write-only</source>
            <translation>только запись</translation>
        </message>
        <message>
            <source>read-and-write</source>
            <translation>чтение и запись</translation>
        </message>
        <message>
            <source>authenticated-read-only</source>
            <translation>только чтение с аутентификацией</translation>
        </message>
        <message>
            <source>authenticated-write-only</source>
            <translation>только запись с аутентификацией</translation>
        </message>
        <message>
            <source>authenticated-read-and-write</source>
            <translation>чтение и запись с аутентификацией</translation>
        </message>
        <message>
            <source>access mode %1</source>
            <translation>режим доступа %1</translation>
        </message>
        <message>
            <source>access</source>
            <translation>доступ</translation>
        </message>
        <message>
            <source>authenticated-access</source>
            <translation>доступ с аутентификацией</translation>
        </message>
    </context>
    <context>
        <name>OpticalCommand</name>
        <message>
            <source>Manual readout through an optical probe.</source>
            <translation>Ручное снятие показаний через оптическую головку.</translation>
        </message>
        <message>
            <source>Serial port of the optical probe (/dev/ttyUSB0, COM3).</source>
            <translation>Последовательный порт оптической головки (/dev/ttyUSB0, COM3).</translation>
        </message>
        <message>
            <source>DEV</source>
            <translation>УСТР</translation>
        </message>
        <message>
            <source>Device address for the sign-on (usually the serial number).</source>
            <translation>Адрес устройства в запросе (обычно заводской номер).</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>auto, iec, energomera or neva.</source>
            <translation>auto, iec, energomera или neva.</translation>
        </message>
        <message>
            <source>DIALECT</source>
            <translation>ДИАЛЕКТ</translation>
        </message>
        <message>
            <source>Password for programming mode (P1).</source>
            <translation>Пароль режима программирования (P1).</translation>
        </message>
        <message>
            <source>P</source>
            <translation>П</translation>
        </message>
        <message>
            <source>MODE</source>
            <translation>РЕЖИМ</translation>
        </message>
        <message>
            <source>Highest baud rate of the probe.</source>
            <translation>Наибольшая скорость обмена оптической головки.</translation>
        </message>
        <message>
            <source>B</source>
            <translation>Б</translation>
        </message>
        <message>
            <source>Answer timeout in milliseconds.</source>
            <translation>Время ожидания ответа в миллисекундах.</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>МС</translation>
        </message>
        <message>
            <source>Repetitions of a failed readout.</source>
            <translation>Число повторов неудавшегося считывания.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>One JSON object per value.</source>
            <translation>Один объект JSON на каждое значение.</translation>
        </message>
        <message>
            <source>Database file to store the reading in (export: to read from).</source>
            <translation>Файл базы данных для сохранения показаний (для export — источник).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ФАЙЛ</translation>
        </message>
        <message>
            <source>Add a meter the database does not know as an optical-only meter.</source>
            <translation>Добавить неизвестный базе счётчик как счётчик, считываемый только через оптопорт.</translation>
        </message>
        <message>
            <source>Who took the reading.</source>
            <translation>Кто снял показания.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>ИМЯ</translation>
        </message>
        <message>
            <source>Day to export (default: today).</source>
            <translation>День для выгрузки (по умолчанию сегодня).</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>CSV file to write (default: standard output).</source>
            <translation>Файл CSV для записи (по умолчанию стандартный вывод).</translation>
        </message>
        <message>
            <source>Print each step of the readout on standard error.</source>
            <translation>Выводить каждый шаг считывания в стандартный поток ошибок.</translation>
        </message>
        <message>
            <source>no serial ports found; is the probe plugged in?</source>
            <translation>последовательные порты не найдены; подключена ли оптическая головка?</translation>
        </message>
        <message>
            <source>--dialect wants auto, iec, energomera or neva</source>
            <translation>--dialect принимает auto, iec, energomera или neva</translation>
        </message>
        <message>
            <source>--max-baud wants 300, 600, 1200, 2400, 4800, 9600 or 19200</source>
            <translation>--max-baud принимает 300, 600, 1200, 2400, 4800, 9600 или 19200</translation>
        </message>
        <message>
            <source>--timeout wants milliseconds from 50 to 60000</source>
            <translation>--timeout принимает миллисекунды от 50 до 60000</translation>
        </message>
        <message>
            <source>--retries wants a number from 0 to 10</source>
            <translation>--retries принимает число от 0 до 10</translation>
        </message>
        <message>
            <source>--create-meter needs --db FILE</source>
            <translation>для --create-meter нужен --db ФАЙЛ</translation>
        </message>
        <message>
            <source>serial not reported</source>
            <translation>заводской номер не сообщён</translation>
        </message>
        <message>
            <source>attempts: %1</source>
            <translation>попыток: %1</translation>
        </message>
        <message>
            <source>code</source>
            <translation>код</translation>
        </message>
        <message>
            <source>value</source>
            <translation>значение</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>ед.</translation>
        </message>
        <message>
            <source>register</source>
            <translation>регистр</translation>
        </message>
        <message>
            <source>not read: %1: %2</source>
            <translation>не считано: %1: %2</translation>
        </message>
        <message>
            <source>meter %1 is not in the database %2; the reading was not stored. Run again with --create-meter to add it as an optical-only meter.</source>
            <translation>счётчика %1 нет в базе %2; показания не сохранены. Запустите снова с --create-meter, чтобы добавить его как счётчик, считываемый только через оптопорт.</translation>
        </message>
        <message>
            <source>stored %1 values as a manual optical reading of new meter %2 (optical only)</source>
            <translation>сохранено значений: %1 — ручные показания через оптопорт нового счётчика %2 (только оптопорт)</translation>
        </message>
        <message>
            <source>stored %1 values as a manual optical reading of meter %2</source>
            <translation>сохранено значений: %1 — ручные показания через оптопорт счётчика %2</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>нет базы данных %1</translation>
        </message>
        <message>
            <source>--date wants a date as YYYY-MM-DD</source>
            <translation>--date принимает дату в виде ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>cannot write to standard output</source>
            <translation>не удаётся писать в стандартный вывод</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>не удаётся записать %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>exported %n manual reading(s) of %1 to %2</source>
            <translation>
                <numerusform>выгружено %n ручное показание за %1 в %2</numerusform>
                <numerusform>выгружено %n ручных показания за %1 в %2</numerusform>
                <numerusform>выгружено %n ручных показаний за %1 в %2</numerusform>
            </translation>
        </message>
        <message>
            <source>read a meter through an optical probe (IEC 62056-21), export manual readings</source>
            <translation>считать счётчик через оптическую головку (МЭК 62056-21), выгрузить ручные показания</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli optical read --serial DEV [--address A] [--dialect auto|iec|energomera|neva] [--password P] [--mode auto|readout|programming|dlms] [--register CODE ...] [--max-baud B] [--timeout MS] [--retries N] [--dlms-client SAP] [--dlms-password P] [--json] [--db FILE [--create-meter] [--operator NAME]]
       imsdesk-cli optical write --serial DEV --register CODE --value V [--password P] [--address A] [--dialect D] [--json]
       imsdesk-cli optical dlms --serial DEV [--address A] get|set|action|profile|objects ... (the options of imsdesk-cli dlms)
       imsdesk-cli optical export --db FILE [--date YYYY-MM-DD] [--out FILE.csv]
       imsdesk-cli optical ports [--json]</source>
            <translation>использование: imsdesk-cli optical read --serial УСТР [--address А] [--dialect auto|iec|energomera|neva] [--password П] [--mode auto|readout|programming|dlms] [--register КОД ...] [--max-baud Б] [--timeout МС] [--retries N] [--dlms-client SAP] [--dlms-password П] [--json] [--db ФАЙЛ [--create-meter] [--operator ИМЯ]]
       imsdesk-cli optical write --serial УСТР --register КОД --value З [--password П] [--address А] [--dialect Д] [--json]
       imsdesk-cli optical dlms --serial УСТР [--address А] get|set|action|profile|objects ... (параметры imsdesk-cli dlms)
       imsdesk-cli optical export --db ФАЙЛ [--date ГГГГ-ММ-ДД] [--out ФАЙЛ.csv]
       imsdesk-cli optical ports [--json]</translation>
        </message>
        <message>
            <source>auto, readout (data readout), programming (P1 + R1) or dlms (mode E). auto reads a meter that offers mode E through DLMS.</source>
            <translation>auto, readout (чтение данных), programming (P1 + R1) или dlms (режим E). В режиме auto счётчик, предлагающий режим E, читается через DLMS.</translation>
        </message>
        <message>
            <source>Register to read in programming mode (repeatable); write: the register to set.</source>
            <translation>Регистр для чтения в режиме программирования (можно повторять); для write — записываемый регистр.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>КОД</translation>
        </message>
        <message>
            <source>write: the new value, as the meter writes it (TIME_ 12:00:00).</source>
            <translation>для write: новое значение в записи счётчика (TIME_ 12:00:00).</translation>
        </message>
        <message>
            <source>V</source>
            <translation>З</translation>
        </message>
        <message>
            <source>Mode E: DLMS client SAP (default 32, the meter reader).</source>
            <translation>Режим E: SAP клиента DLMS (по умолчанию 32 — считыватель).</translation>
        </message>
        <message>
            <source>SAP</source>
            <translation>SAP</translation>
        </message>
        <message>
            <source>Mode E: LLS password of the DLMS client (default 12345678).</source>
            <translation>Режим E: пароль LLS клиента DLMS (по умолчанию 12345678).</translation>
        </message>
        <message>
            <source>read, write, dlms, export or ports</source>
            <translation>read, write, dlms, export или ports</translation>
        </message>
        <message>
            <source>--register wants the register's code, e.g. 1.8.0 or ET0PE</source>
            <translation>--register ждёт код регистра, например 1.8.0 или ET0PE</translation>
        </message>
        <message>
            <source>--mode wants auto, readout, programming or dlms</source>
            <translation>--mode ждёт auto, readout, programming или dlms</translation>
        </message>
        <message>
            <source>--dlms-client wants a client SAP from 1 to 127</source>
            <translation>--dlms-client ждёт SAP клиента от 1 до 127</translation>
        </message>
        <message>
            <source>meter:    %1 (%2, %3)</source>
            <translation>счётчик: %1 (%2, %3)</translation>
        </message>
        <message>
            <source>DLMS through mode E at %1 baud</source>
            <translation>DLMS через режим E на %1 бод</translation>
        </message>
        <message>
            <source>dialect %1</source>
            <translation>диалект %1</translation>
        </message>
        <message>
            <source>write needs one --register CODE and --value V</source>
            <translation>для write нужны один --register КОД и --value З</translation>
        </message>
        <message>
            <source>--value may not contain brackets (at most 128 characters)</source>
            <translation>--value не может содержать скобок (не более 128 символов)</translation>
        </message>
        <message>
            <source>%1 written: %2; the meter now reads %3</source>
            <translation>%1 записан: %2; счётчик теперь показывает %3</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(ничего)</translation>
        </message>
        <message>
            <source>not read back: %1: %2</source>
            <translation>не прочитано обратно: %1: %2</translation>
        </message>
    </context>
    <context>
        <name>OpticalPorts</name>
        <message>
            <source>cannot create the directory %1</source>
            <translation>не удаётся создать каталог %1</translation>
        </message>
        <message>
            <source>cannot link %1 to %2</source>
            <translation>не удаётся создать ссылку %1 на %2</translation>
        </message>
    </context>
    <context>
        <name>OpticalReadingRecorder</name>
        <message>
            <source>The meter reported no serial number, so the reading cannot be bound to a meter. Read it again with the meter's address.</source>
            <translation>Счётчик не сообщил заводской номер, поэтому показания нельзя привязать к счётчику. Считайте его снова, указав адрес счётчика.</translation>
        </message>
        <message>
            <source>The readout holds no values to store.</source>
            <translation>В считанных данных нет значений для сохранения.</translation>
        </message>
        <message>
            <source>Cannot create meter %1: %2</source>
            <translation>Не удаётся создать счётчик %1: %2</translation>
        </message>
        <message>
            <source>Cannot store the reading of meter %1: %2</source>
            <translation>Не удаётся сохранить показания счётчика %1: %2</translation>
        </message>
    </context>
    <context>
        <name>OpticalSimOptions</name>
        <message>
            <source>Serve the optical port (IEC 62056-21) of a simulated meter per dialect on a pseudo-terminal, linked as DIR/optical-&lt;dialect&gt;.</source>
            <translation>Обслуживать оптопорт (МЭК 62056-21) имитируемого счётчика каждого диалекта на псевдотерминале со ссылкой КАТАЛОГ/optical-&lt;диалект&gt;.</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>КАТАЛОГ</translation>
        </message>
        <message>
            <source>DIALECT</source>
            <translation>ДИАЛЕКТ</translation>
        </message>
        <message>
            <source>FAULT</source>
            <translation>НЕИСПРАВНОСТЬ</translation>
        </message>
        <message>
            <source>The fault spoils only the first N sessions (0: every session).</source>
            <translation>Неисправность портит только первые N сеансов (0 — все сеансы).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Delay of every answer with --optical-fault slow, in milliseconds.</source>
            <translation>Задержка каждого ответа при --optical-fault slow, в миллисекундах.</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>МС</translation>
        </message>
        <message>
            <source>Reaction time of the optical meters in milliseconds (default: as their identification announces, 20 or 200).</source>
            <translation>Время реакции счётчиков с оптопортом в миллисекундах (по умолчанию — как объявлено в их идентификации, 20 или 200).</translation>
        </message>
        <message>
            <source>Serve only the optical ports: no routers, no network.</source>
            <translation>Обслуживать только оптопорты: без маршрутизаторов и сети.</translation>
        </message>
        <message>
            <source>--optical-only needs --optical DIR</source>
            <translation>для --optical-only нужен --optical КАТАЛОГ</translation>
        </message>
        <message>
            <source>--optical wants a directory for the port links</source>
            <translation>--optical принимает каталог для ссылок на порты</translation>
        </message>
        <message>
            <source>--optical-faulty-sessions wants a number, 0 or more</source>
            <translation>--optical-faulty-sessions принимает число 0 или больше</translation>
        </message>
        <message>
            <source>--optical-delay wants milliseconds from 0 to 600000</source>
            <translation>--optical-delay принимает миллисекунды от 0 до 600000</translation>
        </message>
        <message>
            <source>--optical-reaction wants milliseconds from 0 to 10000</source>
            <translation>--optical-reaction принимает миллисекунды от 0 до 10000</translation>
        </message>
        <message>
            <source>Optical meters to serve: iec, energomera, neva, spodes (DLMS through mode E) or all.</source>
            <translation>Какие оптические счётчики обслуживать: iec, energomera, neva, spodes (DLMS через режим E) или all.</translation>
        </message>
        <message>
            <source>Misbehaviour of the optical meters: none, bad-bcc, garbage, echo, no-etx, slow, silent or no-mode-e.</source>
            <translation>Неисправность оптических счётчиков: none, bad-bcc, garbage, echo, no-etx, slow, silent или no-mode-e.</translation>
        </message>
        <message>
            <source>--optical-dialect wants iec, energomera, neva, spodes or all</source>
            <translation>--optical-dialect ждёт iec, energomera, neva, spodes или all</translation>
        </message>
        <message>
            <source>--optical-fault wants none, bad-bcc, garbage, echo, no-etx, slow, silent or no-mode-e</source>
            <translation>--optical-fault ждёт none, bad-bcc, garbage, echo, no-etx, slow, silent или no-mode-e</translation>
        </message>
        <message>
            <source>Open the optical port of these meters of the network (serial numbers, comma separated) on pseudo-terminals: IEC 62056-21 readout and mode E into DLMS, on the same meter the router reaches. Linked as DIR/optical-SERIAL with --pty-dir.</source>
            <translation>Открыть оптические порты этих счётчиков сети (заводские номера через запятую) на псевдотерминалах: считывание по IEC 62056-21 и режим E в DLMS, на том же счётчике, до которого доходит маршрутизатор. С --pty-dir связываются как DIR/optical-SERIAL.</translation>
        </message>
        <message>
            <source>SERIAL[,SERIAL...]</source>
            <translation>SERIAL[,SERIAL...]</translation>
        </message>
        <message>
            <source>--optical-pty wants serial numbers (digits), comma separated: %1</source>
            <translation>--optical-pty ожидает заводские номера (цифры) через запятую: %1</translation>
        </message>
        <message>
            <source>--optical-pty opens ports of network meters: not with --optical-only</source>
            <translation>--optical-pty открывает порты счётчиков сети: не вместе с --optical-only</translation>
        </message>
    </context>
    <context>
        <name>PaymentControl</name>
        <message>
            <source>could not read the account: %1</source>
            <translation>не удалось прочитать счёт: %1</translation>
        </message>
        <message>
            <source>%1 of the writes were confirmed before the link failed (%2); read the account before retrying</source>
            <translation>до обрыва связи подтверждено записей: %1 (%2); прочитайте счёт, прежде чем повторять</translation>
        </message>
        <message>
            <source>the account could not be read back: %1</source>
            <translation>счёт не удалось прочитать для проверки: %1</translation>
        </message>
        <message>
            <source>"%1" is not an amount (digits, a point and at most 6 decimals, e.g. 1500.50)</source>
            <translation>«%1» — не сумма (цифры, точка и не более 6 знаков после неё, например 1500.50)</translation>
        </message>
        <message>
            <source>the amount is too large</source>
            <translation>сумма слишком велика</translation>
        </message>
        <message>
            <source>the amount cannot be given exactly</source>
            <translation>сумму нельзя передать точно</translation>
        </message>
        <message>
            <source>the meter counts money in steps of 10^%1: the amount cannot be given exactly</source>
            <translation>счётчик считает деньги шагами по 10^%1: сумму нельзя передать точно</translation>
        </message>
        <message>
            <source>incomplete account state</source>
            <translation>неполное состояние счёта</translation>
        </message>
        <message>
            <source>the meter has no prepayment account (Account %1, Credit %2): it does not support prepayment or credit control</source>
            <translation>у счётчика нет счёта предоплаты (Account %1, Credit %2): он не поддерживает предоплату и кредитный контроль</translation>
        </message>
        <message>
            <source>give the low-credit threshold, the disconnect threshold or both</source>
            <translation>укажите порог предупреждения, порог отключения или оба</translation>
        </message>
        <message>
            <source>%1 is more than the meter can hold</source>
            <translation>%1 — больше, чем может хранить счётчик</translation>
        </message>
        <message>
            <source>the low-credit warning (%1) must be above the disconnect threshold (%2): otherwise the subscriber is disconnected without a warning</source>
            <translation>порог предупреждения (%1) должен быть выше порога отключения (%2): иначе абонента отключат без предупреждения</translation>
        </message>
        <message>
            <source>a payment must be more than zero</source>
            <translation>платёж должен быть больше нуля</translation>
        </message>
        <message>
            <source>%1 is more than the largest single payment (%2)</source>
            <translation>%1 — больше наибольшего разового платежа (%2)</translation>
        </message>
        <message>
            <source>the balance would exceed what the meter can hold</source>
            <translation>баланс превысил бы то, что может хранить счётчик</translation>
        </message>
        <message>
            <source>payment mode now %1</source>
            <translation>режим оплаты теперь: %1</translation>
        </message>
        <message>
            <source>the meter holds another payment mode than written</source>
            <translation>в счётчике другой режим оплаты, чем записан</translation>
        </message>
        <message>
            <source>the payment mode is unchanged: %1</source>
            <translation>режим оплаты не изменён: %1</translation>
        </message>
        <message>
            <source>warning at %1, disconnection at %2</source>
            <translation>предупреждение при %1, отключение при %2</translation>
        </message>
        <message>
            <source>the meter holds other thresholds than written</source>
            <translation>в счётчике другие пороги, чем записаны</translation>
        </message>
        <message>
            <source>the thresholds are unchanged: %1</source>
            <translation>пороги не изменены: %1</translation>
        </message>
        <message>
            <source>the thresholds were changed only in part (warning at %1, disconnection at %2): %3</source>
            <translation>пороги изменены лишь частично (предупреждение при %1, отключение при %2): %3</translation>
        </message>
        <message>
            <source>the meter refused the payment: %1</source>
            <translation>счётчик отклонил платёж: %1</translation>
        </message>
        <message>
            <source> Before it, credit plus collected charges were %1: if they are %2 now, the payment was credited.</source>
            <translation> До него остаток плюс списанное составляли %1: если сейчас %2, платёж зачислен.</translation>
        </message>
        <message>
            <source>the payment of %1 may have reached the meter but no answer came (%2); do not repeat it before reading the balance.%3</source>
            <translation>платёж %1 мог дойти до счётчика, но ответа не было (%2); не повторяйте его, пока не прочитаете баланс.%3</translation>
        </message>
        <message>
            <source>the meter accepted the payment but the account could not be read back (%1); read the balance before repeating it</source>
            <translation>счётчик принял платёж, но счёт не удалось прочитать для проверки (%1); прочитайте баланс, прежде чем повторять</translation>
        </message>
        <message>
            <source>credited %1: %2</source>
            <translation>зачислено %1: %2</translation>
        </message>
        <message>
            <source>the meter accepted the payment of %1 but the balance did not change (%2)</source>
            <translation>счётчик принял платёж %1, но баланс не изменился (%2)</translation>
        </message>
        <message>
            <source>the balance changed by %1, not by the %2 paid: check the account</source>
            <translation>баланс изменился на %1, а не на оплаченные %2: проверьте счёт</translation>
        </message>
        <message>
            <source>; reconnection permitted: the subscriber closes the relay with the button</source>
            <translation>; подключение разрешено: абонент замыкает реле кнопкой</translation>
        </message>
        <message>
            <source>; the relay is still open</source>
            <translation>; реле всё ещё разомкнуто</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>не удалось подключиться: %1</translation>
        </message>
    </context>
    <context>
        <name>PaymentNames</name>
        <message>
            <source>%1 is neither credit (1) nor prepayment (2)</source>
            <translation>%1 — ни кредит (1), ни предоплата (2)</translation>
        </message>
        <message>
            <source>%1 is not an account status (1..3)</source>
            <translation>%1 — не состояние счёта (1..3)</translation>
        </message>
        <message>
            <source>expected %1, got %2</source>
            <translation>ожидалось %1, получено %2</translation>
        </message>
        <message>
            <source>expected 8 bits, got %1</source>
            <translation>ожидалось 8 бит, получено %1</translation>
        </message>
        <message>
            <source>credit (pay after use)</source>
            <translation>кредит (оплата после потребления)</translation>
        </message>
        <message>
            <source>prepayment</source>
            <translation>предоплата</translation>
        </message>
        <message>
            <source>payment mode %1</source>
            <translation>режим оплаты %1</translation>
        </message>
        <message>
            <source>new, not active</source>
            <translation>новый, не активен</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активен</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыт</translation>
        </message>
        <message>
            <source>account status %1</source>
            <translation>состояние счёта %1</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>разрешён</translation>
        </message>
        <message>
            <source>selectable</source>
            <translation>доступен для выбора</translation>
        </message>
        <message>
            <source>invoked</source>
            <translation>вызван</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>используется</translation>
        </message>
        <message>
            <source>exhausted</source>
            <translation>исчерпан</translation>
        </message>
        <message>
            <source>credit status %1</source>
            <translation>состояние кредита %1</translation>
        </message>
    </context>
    <context>
        <name>PduReader</name>
        <message>
            <source>invalid A-XDR length prefix 0x%1</source>
            <translation>недопустимый префикс длины A-XDR 0x%1</translation>
        </message>
        <message>
            <source>optional-field marker 0x%1 is neither 0 nor 1</source>
            <translation>признак необязательного поля 0x%1 не равен ни 0, ни 1</translation>
        </message>
        <message>
            <source>APDU ends after %1 bytes inside a field</source>
            <translation>APDU обрывается внутри поля после %1 байт</translation>
        </message>
        <message>
            <source>%1 unexpected bytes after the end of the APDU</source>
            <translation>лишние байты после конца APDU: %1</translation>
        </message>
    </context>
    <context>
        <name>PollPlanner</name>
        <message>
            <source>meter %1 is not reached through a router</source>
            <translation>счётчик %1 опрашивается не через УСПД</translation>
        </message>
        <message>
            <source>meter %1 is not active</source>
            <translation>счётчик %1 не активен</translation>
        </message>
    </context>
    <context>
        <name>ProfileGeneric</name>
        <message>
            <source>sort method %1 is not defined (1..6)</source>
            <translation>способ сортировки %1 не определён (1..6)</translation>
        </message>
    </context>
    <context>
        <name>ProfileQuery</name>
        <message>
            <source>nothing to aggregate</source>
            <translation>нечего агрегировать</translation>
        </message>
    </context>
    <context>
        <name>ProfileSeriesQuery</name>
        <message>
            <source>a bucket must be whole intervals</source>
            <translation>шаг должен состоять из целых интервалов</translation>
        </message>
        <message>
            <source>the period is empty</source>
            <translation>период пуст</translation>
        </message>
        <message>
            <source>too many points for one chart</source>
            <translation>слишком много точек для одного графика</translation>
        </message>
    </context>
    <context>
        <name>Pty</name>
        <message>
            <source>cannot create a pseudo-terminal: %1 failed: %2</source>
            <translation>не удалось создать псевдотерминал: ошибка %1: %2</translation>
        </message>
    </context>
    <context>
        <name>QuantityNames</name>
        <message>
            <source>Active energy import (A+)</source>
            <translation>Активная энергия, приём (A+)</translation>
        </message>
        <message>
            <source>Active energy export (A-)</source>
            <translation>Активная энергия, отдача (A-)</translation>
        </message>
        <message>
            <source>Reactive energy import (R+)</source>
            <translation>Реактивная энергия, приём (R+)</translation>
        </message>
        <message>
            <source>Reactive energy export (R-)</source>
            <translation>Реактивная энергия, отдача (R-)</translation>
        </message>
        <message>
            <source>Active power import</source>
            <translation>Активная мощность, приём</translation>
        </message>
        <message>
            <source>Active power export</source>
            <translation>Активная мощность, отдача</translation>
        </message>
        <message>
            <source>Reactive power import</source>
            <translation>Реактивная мощность, приём</translation>
        </message>
        <message>
            <source>Apparent power</source>
            <translation>Полная мощность</translation>
        </message>
        <message>
            <source>Voltage</source>
            <translation>Напряжение</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Ток</translation>
        </message>
        <message>
            <source>Power factor</source>
            <translation>Коэффициент мощности</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Частота</translation>
        </message>
        <message>
            <source>Voltage L1</source>
            <translation>Напряжение фазы A</translation>
        </message>
        <message>
            <source>Voltage L2</source>
            <translation>Напряжение фазы B</translation>
        </message>
        <message>
            <source>Voltage L3</source>
            <translation>Напряжение фазы C</translation>
        </message>
        <message>
            <source>Current L1</source>
            <translation>Ток фазы A</translation>
        </message>
        <message>
            <source>Current L2</source>
            <translation>Ток фазы B</translation>
        </message>
        <message>
            <source>Current L3</source>
            <translation>Ток фазы C</translation>
        </message>
        <message>
            <source>Neutral current</source>
            <translation>Ток нейтрали</translation>
        </message>
        <message>
            <source>Active power L1</source>
            <translation>Активная мощность фазы A</translation>
        </message>
        <message>
            <source>Active power L2</source>
            <translation>Активная мощность фазы B</translation>
        </message>
        <message>
            <source>Active power L3</source>
            <translation>Активная мощность фазы C</translation>
        </message>
        <message>
            <source>Load relay</source>
            <translation>Реле нагрузки</translation>
        </message>
        <message>
            <source>W</source>
            <translation>Вт</translation>
        </message>
        <message>
            <source>VA</source>
            <translation>В·А</translation>
        </message>
        <message>
            <source>var</source>
            <translation>вар</translation>
        </message>
        <message>
            <source>Wh</source>
            <translation>Вт·ч</translation>
        </message>
        <message>
            <source>VAh</source>
            <translation>В·А·ч</translation>
        </message>
        <message>
            <source>varh</source>
            <translation>вар·ч</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>V</source>
            <translation>В</translation>
        </message>
        <message>
            <source>Hz</source>
            <translation>Гц</translation>
        </message>
    </context>
    <context>
        <name>ReadoutSession</name>
        <message>
            <source>The meter's answer stopped before its end (no ETX) while %1; %2 bytes received.</source>
            <translation>Ответ счётчика оборвался до конца (нет ETX) при %1; получено байт: %2.</translation>
        </message>
        <message>
            <source>The meter answered with unreadable bytes (garbage) while %1. Check the probe's position and shield it from light.</source>
            <translation>Счётчик ответил нечитаемыми байтами (мусор) при %1. Проверьте положение оптической головки и защитите её от засветки.</translation>
        </message>
        <message>
            <source>No answer from the meter while %1. Check the probe's position, the meter address and that the optical port is not locked.</source>
            <translation>Нет ответа от счётчика при %1. Проверьте положение оптической головки, адрес счётчика и что оптопорт не заблокирован.</translation>
        </message>
        <message>
            <source>No answer from the meter while %1.</source>
            <translation>Нет ответа от счётчика при %1.</translation>
        </message>
        <message>
            <source>waiting for the identification after sign-on</source>
            <translation>ожидании идентификации после запроса связи</translation>
        </message>
        <message>
            <source>waiting for the data readout</source>
            <translation>ожидании считываемых данных</translation>
        </message>
        <message>
            <source>waiting for the password prompt (P0)</source>
            <translation>ожидании запроса пароля (P0)</translation>
        </message>
        <message>
            <source>waiting for the password acknowledgement</source>
            <translation>ожидании подтверждения пароля</translation>
        </message>
        <message>
            <source>waiting for the value of %1</source>
            <translation>ожидании значения %1</translation>
        </message>
        <message>
            <source>waiting for a value</source>
            <translation>ожидании значения</translation>
        </message>
        <message>
            <source>switching to mode E</source>
            <translation>переходе в режим E</translation>
        </message>
        <message>
            <source>The meter's identification is unreadable (garbage or no CR LF).</source>
            <translation>Идентификация счётчика не распознана (мусор или нет CR LF).</translation>
        </message>
        <message>
            <source>The meter's identification is unreadable: %1</source>
            <translation>Идентификация счётчика не распознана: %1</translation>
        </message>
        <message>
            <source>The meter speaks protocol mode %1 only; programming mode and mode E need mode C.</source>
            <translation>Счётчик поддерживает только режим протокола %1; для режима программирования и режима E нужен режим C.</translation>
        </message>
        <message>
            <source>The meter does not offer mode E (no \2 in its identification "%1").</source>
            <translation>Счётчик не предлагает режим E (нет \2 в идентификации «%1»).</translation>
        </message>
        <message>
            <source>The meter's answer is longer than %1 bytes while %2.</source>
            <translation>Ответ счётчика длиннее %1 байт при %2.</translation>
        </message>
        <message>
            <source>Wrong block check character (BCC) in the meter's answer while %1, still wrong after %2 repetitions. %3</source>
            <translation>Неверный контрольный символ блока (BCC) в ответе счётчика при %1, ошибка сохраняется и после %2 повторов. %3</translation>
        </message>
        <message>
            <source>Damaged answer from the meter while %1, still damaged after %2 repetitions. %3</source>
            <translation>Искажённый ответ счётчика при %1, ответ искажён и после %2 повторов. %3</translation>
        </message>
        <message>
            <source>The meter rejected our message (NAK) %1 times while %2.</source>
            <translation>Счётчик отклонил наше сообщение (NAK) при %2, число отказов: %1.</translation>
        </message>
        <message>
            <source>The meter acknowledged the request without a value.</source>
            <translation>Счётчик подтвердил запрос, но не передал значение.</translation>
        </message>
        <message>
            <source>Unexpected ACK or NAK from the meter while %1.</source>
            <translation>Неожиданный ACK или NAK от счётчика при %1.</translation>
        </message>
        <message>
            <source>The meter ended the session (B0) while %1.</source>
            <translation>Счётчик завершил сеанс (B0) при %1.</translation>
        </message>
        <message>
            <source>Expected the data message, the meter sent command %1.</source>
            <translation>Ожидалось сообщение с данными, счётчик прислал команду %1.</translation>
        </message>
        <message>
            <source>Expected the password prompt P0 after the programming-mode option select.</source>
            <translation>После выбора режима программирования ожидался запрос пароля P0.</translation>
        </message>
        <message>
            <source>The meter refused the password (%1).</source>
            <translation>Счётчик отклонил пароль (%1).</translation>
        </message>
        <message>
            <source>Expected a value, the meter sent command %1 while %2.</source>
            <translation>Ожидалось значение, счётчик прислал команду %1 при %2.</translation>
        </message>
        <message>
            <source>The meter's answer is longer than %1 bytes.</source>
            <translation>Ответ счётчика длиннее %1 байт.</translation>
        </message>
        <message>
            <source>The data readout is unreadable: %1</source>
            <translation>Считанные данные не удаётся разобрать: %1</translation>
        </message>
        <message>
            <source>The meter answered error %1.</source>
            <translation>Счётчик ответил ошибкой %1.</translation>
        </message>
        <message>
            <source>The value is unreadable: %1</source>
            <translation>Значение не удаётся разобрать: %1</translation>
        </message>
        <message>
            <source>The meter answered with register %1 instead.</source>
            <translation>Счётчик вместо этого ответил регистром %1.</translation>
        </message>
        <message>
            <source>waiting for the meter to accept the new value of %1</source>
            <translation>ожидание, пока счётчик примет новое значение %1</translation>
        </message>
        <message>
            <source>waiting for the meter to accept a value</source>
            <translation>ожидание, пока счётчик примет значение</translation>
        </message>
        <message>
            <source>The meter refused the password (NAK); nothing was read or written. Check the password before trying again: meters lock the optical port after a few wrong ones.</source>
            <translation>Счётчик отклонил пароль (NAK); ничего не прочитано и не записано. Проверьте пароль, прежде чем пробовать снова: после нескольких неверных паролей счётчики блокируют оптический порт.</translation>
        </message>
        <message>
            <source>NAK to all %1 tries</source>
            <translation>NAK на все %1 попытки</translation>
        </message>
        <message>
            <source>The meter refused to write %1 = "%2" (%3). The register may be read-only, the value out of range or in the wrong format, or the password's access level too low.</source>
            <translation>Счётчик отказался записать %1 = «%2» (%3). Регистр может быть только для чтения, значение — вне диапазона или в неверном формате, либо уровень доступа пароля недостаточен.</translation>
        </message>
    </context>
    <context>
        <name>RegisterMonitor</name>
        <message>
            <source>a threshold must be a simple value, got %1</source>
            <translation>порог должен быть простым значением, получен %1</translation>
        </message>
        <message>
            <source>the register monitor has no attribute %1</source>
            <translation>у монитора регистра нет атрибута %1</translation>
        </message>
    </context>
    <context>
        <name>RelayCommand</name>
        <message>
            <source>off, on or state</source>
            <translation>off, on или state</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Показать эту справку.</translation>
        </message>
        <message>
            <source>open the load relay of %1: the subscriber loses power</source>
            <translation>разомкнуть реле нагрузки: %1; абонент будет отключён</translation>
        </message>
        <message>
            <source>reconnect the load relay of %1 (or, by its control mode, permit the subscriber to reconnect)</source>
            <translation>подключить реле нагрузки: %1 (или, в зависимости от режима управления, разрешить абоненту подключиться)</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>не удалось подключиться: %1</translation>
        </message>
        <message>
            <source>switch a meter's load relay off or on, or read its state</source>
            <translation>отключить или подключить реле нагрузки счётчика, прочитать его состояние</translation>
        </message>
        <message>
            <source>Switch every member of a balance group (with --db; never its head meters).</source>
            <translation>Переключить всех членов балансовой группы (с --db; никогда — её головные счётчики).</translation>
        </message>
        <message>
            <source>Switch every meter on a feeder (with --db).</source>
            <translation>Переключить все счётчики фидера (с --db).</translation>
        </message>
        <message>
            <source>Switch every meter behind a router (with --db).</source>
            <translation>Переключить все счётчики за маршрутизатором (с --db).</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli relay off|on|state (--db FILE --meter SERIAL | connection options) [--yes] [--json]; relay off|on --db FILE (--group ID | --feeder ID | --router ID)</source>
            <translation>использование: imsdesk-cli relay off|on|state (--db ФАЙЛ --meter НОМЕР | параметры подключения) [--yes] [--json]; relay off|on --db ФАЙЛ (--group ID | --feeder ID | --router ID)</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli relay off|on --db FILE (--group ID | --feeder ID | --router ID) [--yes] [--json]</source>
            <translation>использование: imsdesk-cli relay off|on --db ФАЙЛ (--group ID | --feeder ID | --router ID) [--yes] [--json]</translation>
        </message>
        <message>
            <source>%1 takes a numeric id</source>
            <translation>%1 принимает числовой идентификатор</translation>
        </message>
        <message>
            <source>--group, --feeder and --router need --db</source>
            <translation>--group, --feeder и --router требуют --db</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>нет базы данных %1</translation>
        </message>
        <message>
            <source>%1 has no meters that can be switched</source>
            <translation>у %1 нет счётчиков, которые можно переключить</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> и ещё %n</numerusform>
                <numerusform> и ещё %n</numerusform>
                <numerusform> и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>open the load relays of %n meter(s) of %1 (%2): their subscribers lose power</source>
            <translation>
                <numerusform>разомкнуть реле нагрузки %n счётчика объекта %1 (%2): абоненты останутся без питания</numerusform>
                <numerusform>разомкнуть реле нагрузки %n счётчиков объекта %1 (%2): абоненты останутся без питания</numerusform>
                <numerusform>разомкнуть реле нагрузки %n счётчиков объекта %1 (%2): абоненты останутся без питания</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>reconnect the load relays of %n meter(s) of %1 (%2)</source>
            <translation>
                <numerusform>замкнуть реле нагрузки %n счётчика объекта %1 (%2)</numerusform>
                <numerusform>замкнуть реле нагрузки %n счётчиков объекта %1 (%2)</numerusform>
                <numerusform>замкнуть реле нагрузки %n счётчиков объекта %1 (%2)</numerusform>
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
            <translation>в счётчике нет реле нагрузки (управление отключением %1)</translation>
        </message>
        <message>
            <source>could not read the relay state: %1</source>
            <translation>не удалось прочитать состояние реле: %1</translation>
        </message>
        <message>
            <source>the meter refused: %1</source>
            <translation>счётчик отказал: %1</translation>
        </message>
        <message>
            <source>the command may have reached the meter but no answer came (%1); read the relay state before retrying</source>
            <translation>команда могла дойти до счётчика, но ответа не было (%1); прочитайте состояние реле перед повтором</translation>
        </message>
        <message>
            <source>the meter accepted the command but the relay state could not be read back: %1</source>
            <translation>счётчик принял команду, но состояние реле не удалось прочитать обратно: %1</translation>
        </message>
        <message>
            <source>relay %1, %2, control mode %3</source>
            <translation>реле %1, %2, режим управления %3</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>замкнуто</translation>
        </message>
        <message>
            <source>open</source>
            <translation>разомкнуто</translation>
        </message>
        <message>
            <source>incomplete relay state</source>
            <translation>неполное состояние реле</translation>
        </message>
        <message>
            <source>control mode %1 does not allow a remote disconnection (%2)</source>
            <translation>режим управления %1 не допускает удалённого отключения (%2)</translation>
        </message>
        <message>
            <source>disconnected: %1</source>
            <translation>отключено: %1</translation>
        </message>
        <message>
            <source>the meter accepted the command but reports %1</source>
            <translation>счётчик принял команду, но сообщает: %1</translation>
        </message>
        <message>
            <source>control mode %1 does not allow a remote reconnection (%2)</source>
            <translation>режим управления %1 не допускает удалённого подключения (%2)</translation>
        </message>
        <message>
            <source>reconnected: %1</source>
            <translation>подключено: %1</translation>
        </message>
        <message>
            <source>reconnection permitted: the subscriber closes the relay with the button on the meter (%1)</source>
            <translation>подключение разрешено: абонент замыкает реле кнопкой на счётчике (%1)</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>readings must be kept at least %1 days (3.5 years)</source>
            <translation>показания должны храниться не менее %1 сут (3,5 года)</translation>
        </message>
    </context>
    <context>
        <name>ScalerUnit</name>
        <message>
            <source>%1 does not fit a 64-bit integer count of 10^%2</source>
            <translation>%1 не помещается в 64-битное целое число единиц 10^%2</translation>
        </message>
        <message>
            <source>%1 cannot be expressed exactly in units of 10^%2</source>
            <translation>%1 нельзя точно выразить в единицах 10^%2</translation>
        </message>
        <message>
            <source>register value %1 exceeds the signed 64-bit range</source>
            <translation>значение регистра %1 выходит за пределы 64-битного целого со знаком</translation>
        </message>
        <message>
            <source>a register value of type %1 cannot be scaled exactly</source>
            <translation>значение регистра типа %1 нельзя точно масштабировать</translation>
        </message>
        <message>
            <source>a</source>
            <comment>unit: year</comment>
            <translation>год</translation>
        </message>
        <message>
            <source>mo</source>
            <comment>unit: month</comment>
            <translation>мес</translation>
        </message>
        <message>
            <source>wk</source>
            <comment>unit: week</comment>
            <translation>нед</translation>
        </message>
        <message>
            <source>d</source>
            <comment>unit: day</comment>
            <translation>сут</translation>
        </message>
        <message>
            <source>h</source>
            <comment>unit: hour</comment>
            <translation>ч</translation>
        </message>
        <message>
            <source>min</source>
            <comment>unit: minute</comment>
            <translation>мин</translation>
        </message>
        <message>
            <source>s</source>
            <comment>unit: second</comment>
            <translation>с</translation>
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
            <translation>валюта</translation>
        </message>
        <message>
            <source>m</source>
            <comment>unit</comment>
            <translation>м</translation>
        </message>
        <message>
            <source>m/s</source>
            <comment>unit</comment>
            <translation>м/с</translation>
        </message>
        <message>
            <source>m³</source>
            <comment>unit</comment>
            <translation>м³</translation>
        </message>
        <message>
            <source>m³ (corrected)</source>
            <comment>unit</comment>
            <translation>м³ (приведённый)</translation>
        </message>
        <message>
            <source>m³/h</source>
            <comment>unit</comment>
            <translation>м³/ч</translation>
        </message>
        <message>
            <source>m³/h (corrected)</source>
            <comment>unit</comment>
            <translation>м³/ч (приведённый)</translation>
        </message>
        <message>
            <source>m³/d</source>
            <comment>unit</comment>
            <translation>м³/сут</translation>
        </message>
        <message>
            <source>m³/d (corrected)</source>
            <comment>unit</comment>
            <translation>м³/сут (приведённый)</translation>
        </message>
        <message>
            <source>l</source>
            <comment>unit</comment>
            <translation>л</translation>
        </message>
        <message>
            <source>kg</source>
            <comment>unit</comment>
            <translation>кг</translation>
        </message>
        <message>
            <source>N</source>
            <comment>unit</comment>
            <translation>N</translation>
        </message>
        <message>
            <source>Nm</source>
            <comment>unit</comment>
            <translation>Н·м</translation>
        </message>
        <message>
            <source>Pa</source>
            <comment>unit</comment>
            <translation>Па</translation>
        </message>
        <message>
            <source>bar</source>
            <comment>unit</comment>
            <translation>бар</translation>
        </message>
        <message>
            <source>J</source>
            <comment>unit</comment>
            <translation>Дж</translation>
        </message>
        <message>
            <source>J/h</source>
            <comment>unit</comment>
            <translation>Дж/ч</translation>
        </message>
        <message>
            <source>W</source>
            <comment>unit</comment>
            <translation>Вт</translation>
        </message>
        <message>
            <source>VA</source>
            <comment>unit</comment>
            <translation>В·А</translation>
        </message>
        <message>
            <source>var</source>
            <comment>unit</comment>
            <translation>вар</translation>
        </message>
        <message>
            <source>Wh</source>
            <comment>unit</comment>
            <translation>Вт·ч</translation>
        </message>
        <message>
            <source>VAh</source>
            <comment>unit</comment>
            <translation>В·А·ч</translation>
        </message>
        <message>
            <source>varh</source>
            <comment>unit</comment>
            <translation>вар·ч</translation>
        </message>
        <message>
            <source>A</source>
            <comment>unit</comment>
            <translation>A</translation>
        </message>
        <message>
            <source>C</source>
            <comment>unit: coulomb</comment>
            <translation>Кл</translation>
        </message>
        <message>
            <source>V</source>
            <comment>unit</comment>
            <translation>В</translation>
        </message>
        <message>
            <source>V/m</source>
            <comment>unit</comment>
            <translation>В/м</translation>
        </message>
        <message>
            <source>F</source>
            <comment>unit</comment>
            <translation>Ф</translation>
        </message>
        <message>
            <source>Ω</source>
            <comment>unit</comment>
            <translation>Ом</translation>
        </message>
        <message>
            <source>Ωm²/m</source>
            <comment>unit</comment>
            <translation>Ом·м²/м</translation>
        </message>
        <message>
            <source>Wb</source>
            <comment>unit</comment>
            <translation>Вб</translation>
        </message>
        <message>
            <source>T</source>
            <comment>unit</comment>
            <translation>Тл</translation>
        </message>
        <message>
            <source>A/m</source>
            <comment>unit</comment>
            <translation>А/м</translation>
        </message>
        <message>
            <source>H</source>
            <comment>unit</comment>
            <translation>Гн</translation>
        </message>
        <message>
            <source>Hz</source>
            <comment>unit</comment>
            <translation>Гц</translation>
        </message>
        <message>
            <source>1/(Wh)</source>
            <comment>unit</comment>
            <translation>1/(Вт·ч)</translation>
        </message>
        <message>
            <source>1/(varh)</source>
            <comment>unit</comment>
            <translation>1/(вар·ч)</translation>
        </message>
        <message>
            <source>1/(VAh)</source>
            <comment>unit</comment>
            <translation>1/(В·А·ч)</translation>
        </message>
        <message>
            <source>V²h</source>
            <comment>unit</comment>
            <translation>В²·ч</translation>
        </message>
        <message>
            <source>A²h</source>
            <comment>unit</comment>
            <translation>А²·ч</translation>
        </message>
        <message>
            <source>kg/s</source>
            <comment>unit</comment>
            <translation>кг/с</translation>
        </message>
        <message>
            <source>S</source>
            <comment>unit</comment>
            <translation>См</translation>
        </message>
        <message>
            <source>K</source>
            <comment>unit</comment>
            <translation>К</translation>
        </message>
        <message>
            <source>1/(V²h)</source>
            <comment>unit</comment>
            <translation>1/(В²·ч)</translation>
        </message>
        <message>
            <source>1/(A²h)</source>
            <comment>unit</comment>
            <translation>1/(А²·ч)</translation>
        </message>
        <message>
            <source>1/m³</source>
            <comment>unit</comment>
            <translation>1/м³</translation>
        </message>
        <message>
            <source>%</source>
            <comment>unit</comment>
            <translation>%</translation>
        </message>
        <message>
            <source>Ah</source>
            <comment>unit</comment>
            <translation>А·ч</translation>
        </message>
        <message>
            <source>Wh/m³</source>
            <comment>unit</comment>
            <translation>Вт·ч/м³</translation>
        </message>
        <message>
            <source>J/m³</source>
            <comment>unit</comment>
            <translation>Дж/м³</translation>
        </message>
        <message>
            <source>mol %</source>
            <comment>unit</comment>
            <translation>мол. %</translation>
        </message>
        <message>
            <source>g/m³</source>
            <comment>unit</comment>
            <translation>г/м³</translation>
        </message>
        <message>
            <source>Pa·s</source>
            <comment>unit</comment>
            <translation>Па·с</translation>
        </message>
        <message>
            <source>J/kg</source>
            <comment>unit</comment>
            <translation>Дж/кг</translation>
        </message>
        <message>
            <source>g/cm²</source>
            <comment>unit</comment>
            <translation>г/см²</translation>
        </message>
        <message>
            <source>atm</source>
            <comment>unit</comment>
            <translation>атм</translation>
        </message>
        <message>
            <source>dBm</source>
            <comment>unit</comment>
            <translation>дБм</translation>
        </message>
        <message>
            <source>dBµV</source>
            <comment>unit</comment>
            <translation>дБмкВ</translation>
        </message>
        <message>
            <source>dB</source>
            <comment>unit</comment>
            <translation>дБ</translation>
        </message>
        <message>
            <source>other unit</source>
            <comment>unit</comment>
            <translation>другая единица</translation>
        </message>
        <message>
            <source>unit %1</source>
            <translation>единица %1</translation>
        </message>
    </context>
    <context>
        <name>ScheduleCli</name>
        <message>
            <source>Period: 30m, 1h, 1d ...</source>
            <translation>Период: 30m, 1h, 1d ...</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>ПЕРИОД</translation>
        </message>
        <message>
            <source>Local time of the first run of the day (HH:MM), or minutes past the period's start for shorter periods (MM).</source>
            <translation>Местное время первого запуска за сутки (ЧЧ:ММ) или, для коротких периодов, минуты от начала периода (ММ).</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>ВРЕМЯ</translation>
        </message>
        <message>
            <source>every site</source>
            <translation>все объекты</translation>
        </message>
        <message>
            <source>site %1</source>
            <translation>объект %1</translation>
        </message>
        <message>
            <source>router %1</source>
            <translation>УСПД %1</translation>
        </message>
        <message>
            <source>meter %1</source>
            <translation>счётчик %1</translation>
        </message>
        <message>
            <source>balance group %1</source>
            <translation>балансовая группа %1</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli schedule list|add|set --db FILE ...</source>
            <translation>использование: imsdesk-cli schedule list|add|set --db ФАЙЛ ...</translation>
        </message>
        <message>
            <source>%1  %2  %3: %4, every %5 s from +%6 s%7; last run %8</source>
            <translation>%1  %2  %3: %4, каждые %5 с от +%6 с%7; последний запуск %8</translation>
        </message>
        <message>
            <source> (disabled)</source>
            <translation> (отключено)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Schedule name.</source>
            <translation>Название расписания.</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>ТЕКСТ</translation>
        </message>
        <message>
            <source>Every router of a site (0: all).</source>
            <translation>Все УСПД объекта (0 — все объекты).</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ИД</translation>
        </message>
        <message>
            <source>One router.</source>
            <translation>Один УСПД.</translation>
        </message>
        <message>
            <source>One meter.</source>
            <translation>Один счётчик.</translation>
        </message>
        <message>
            <source>SERIAL</source>
            <translation>НОМЕР</translation>
        </message>
        <message>
            <source>The meters of a balance group.</source>
            <translation>Счётчики балансовой группы.</translation>
        </message>
        <message>
            <source>daily, profile, events, registers, instant, clock or billing; comma-separated.</source>
            <translation>daily, profile, events, registers, instant, clock или billing; через запятую.</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>ЧТО</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli schedule add --db FILE --name TEXT (--site ID | --router ID | --meter SERIAL | --group ID) --what WHAT --every PERIOD [--at TIME]</source>
            <translation>использование: imsdesk-cli schedule add --db ФАЙЛ --name ТЕКСТ (--site ИД | --router ИД | --meter НОМЕР | --group ИД) --what ЧТО --every ПЕРИОД [--at ВРЕМЯ]</translation>
        </message>
        <message>
            <source>schedule %1 added: %2</source>
            <translation>расписание %1 добавлено: %2</translation>
        </message>
        <message>
            <source>Schedule id.</source>
            <translation>Идентификатор расписания.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Run the schedule.</source>
            <translation>Выполнять расписание.</translation>
        </message>
        <message>
            <source>Stop running it.</source>
            <translation>Прекратить выполнение.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli schedule set --db FILE --id N [--every PERIOD] [--at TIME] [--enable | --disable]</source>
            <translation>использование: imsdesk-cli schedule set --db ФАЙЛ --id N [--every ПЕРИОД] [--at ВРЕМЯ] [--enable | --disable]</translation>
        </message>
        <message>
            <source>no poll schedule with id %1</source>
            <translation>нет расписания опроса с идентификатором %1</translation>
        </message>
        <message>
            <source>schedule %1 changed</source>
            <translation>расписание %1 изменено</translation>
        </message>
        <message>
            <source>list, add and change the poll schedules run unattended</source>
            <translation>список, добавление и изменение расписаний автоматического опроса</translation>
        </message>
    </context>
    <context>
        <name>ScheduleStore</name>
        <message>
            <source>a schedule repeats every 5 minutes or more, in steps that divide a day (or whole days up to a week)</source>
            <translation>расписание повторяется не чаще раза в 5 минут, с периодом, на который делятся сутки (или целыми сутками до недели)</translation>
        </message>
        <message>
            <source>the start offset must lie within one period</source>
            <translation>смещение запуска должно быть в пределах одного периода</translation>
        </message>
        <message>
            <source>a schedule must read something</source>
            <translation>расписание должно что-то считывать</translation>
        </message>
        <message>
            <source>no poll schedule with id %1</source>
            <translation>нет расписания опроса с идентификатором %1</translation>
        </message>
        <message>
            <source>poll schedule %1 has an unknown kind of target</source>
            <translation>у расписания опроса %1 неизвестный вид объекта</translation>
        </message>
        <message>
            <source>Daily readout</source>
            <translation>Суточный опрос</translation>
        </message>
        <message>
            <source>Head meter every half hour</source>
            <translation>Головной счётчик каждые полчаса</translation>
        </message>
    </context>
    <context>
        <name>ScriptTable</name>
        <message>
            <source>service %1 is neither write attribute (1) nor execute method (2)</source>
            <translation>служба %1 не является ни записью атрибута (1), ни вызовом метода (2)</translation>
        </message>
    </context>
    <context>
        <name>SealedTable</name>
        <message>
            <source>interval values</source>
            <translation>интервальные значения</translation>
        </message>
        <message>
            <source>register snapshots</source>
            <translation>снимки регистров</translation>
        </message>
    </context>
    <context>
        <name>SecurityContext</name>
        <message>
            <source>security suite 0 keys must be 16 bytes</source>
            <translation>ключи набора безопасности 0 должны быть длиной 16 байт</translation>
        </message>
        <message>
            <source>system title must be 8 bytes, got %1</source>
            <translation>системный заголовок должен быть длиной 8 байт, получено %1</translation>
        </message>
        <message>
            <source>invocation counter exhausted: the key must be changed before sending more ciphered APDUs</source>
            <translation>счётчик вызовов исчерпан: перед отправкой новых шифрованных APDU необходимо сменить ключ</translation>
        </message>
        <message>
            <source>invocation counter %1 not greater than the last accepted %2 (replay)</source>
            <translation>счётчик вызовов %1 не больше последнего принятого %2 (повтор)</translation>
        </message>
    </context>
    <context>
        <name>SimOptions</name>
        <message>
            <source>Number of routers (substations).</source>
            <translation>Число УСПД (подстанций).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Meters behind each router.</source>
            <translation>Число счётчиков за каждым УСПД.</translation>
        </message>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>TCP port of router 1; router k listens on P+k-1 (0: any free port, -1: no TCP).</source>
            <translation>TCP-порт УСПД 1; УСПД k слушает порт P+k-1 (0: любой свободный порт, -1: без TCP).</translation>
        </message>
        <message>
            <source>P</source>
            <translation>П</translation>
        </message>
        <message>
            <source>Address to listen on.</source>
            <translation>Адрес для прослушивания.</translation>
        </message>
        <message>
            <source>ADDRESS</source>
            <translation>АДРЕС</translation>
        </message>
        <message>
            <source>Use the DLMS/COSEM wrapper on TCP (IEC 62056-47).</source>
            <translation>Использовать DLMS/COSEM wrapper поверх TCP (IEC 62056-47).</translation>
        </message>
        <message>
            <source>Use HDLC on TCP (IEC 62056-46), the default.</source>
            <translation>Использовать HDLC поверх TCP (IEC 62056-46), по умолчанию.</translation>
        </message>
        <message>
            <source>Also serve every router on a pseudo-terminal, linked as DIR/routerN.</source>
            <translation>Также обслуживать каждый УСПД через псевдотерминал со ссылкой КАТАЛОГ/routerN.</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>КАТАЛОГ</translation>
        </message>
        <message>
            <source>PLC bit rate: 300, 4000 or 0 (unlimited).</source>
            <translation>Скорость PLC, бит/с: 300, 4000 или 0 (без ограничения).</translation>
        </message>
        <message>
            <source>BAUD</source>
            <translation>СКОРОСТЬ</translation>
        </message>
        <message>
            <source>Seed of the deterministic network and consumption.</source>
            <translation>Начальное значение (seed) для детерминированной генерации сети и потребления.</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>Probability that one PLC hop loses a frame (0..1).</source>
            <translation>Вероятность потери кадра на одном PLC-переходе (0..1).</translation>
        </message>
        <message>
            <source>Simulated time at start, ISO 8601 (default: now).</source>
            <translation>Модельное время при запуске, ISO 8601 (по умолчанию: текущее).</translation>
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
            <translation>Встроенная демонстрационная подстанция (1 УСПД, 120 счётчиков, хищения, вскрытия, отключения).</translation>
        </message>
        <message>
            <source>--routers wants a number from 1 to 10000</source>
            <translation>--routers: нужно число от 1 до 10000</translation>
        </message>
        <message>
            <source>--meters-per-router wants a number from 0 to 12000</source>
            <translation>--meters-per-router: нужно число от 0 до 12000</translation>
        </message>
        <message>
            <source>--tcp-port wants a port number, 0 or -1</source>
            <translation>--tcp-port: нужен номер порта, 0 или -1</translation>
        </message>
        <message>
            <source>%1 routers do not fit above port %2</source>
            <translation>%1 УСПД не умещаются в диапазон портов выше %2</translation>
        </message>
        <message>
            <source>--wrapper and --hdlc exclude each other</source>
            <translation>--wrapper и --hdlc несовместимы</translation>
        </message>
        <message>
            <source>--listen wants an IP address</source>
            <translation>--listen: нужен IP-адрес</translation>
        </message>
        <message>
            <source>--baud wants 300, 4000 or 0</source>
            <translation>--baud: допустимо 300, 4000 или 0</translation>
        </message>
        <message>
            <source>--seed wants a non-negative number</source>
            <translation>--seed: нужно неотрицательное число</translation>
        </message>
        <message>
            <source>--loss wants a probability from 0 to 1</source>
            <translation>--loss: нужна вероятность от 0 до 1</translation>
        </message>
        <message>
            <source>--start wants an ISO 8601 date and time, e.g. 2026-03-16T12:00:00Z</source>
            <translation>--start: нужны дата и время в формате ISO 8601, например 2026-03-16T12:00:00Z</translation>
        </message>
        <message>
            <source>Simulated seconds per real second (0: the clock moves only with PLC transfers).</source>
            <translation>Секунд модельного времени в реальной секунде (0: часы идут только с передачами по PLC).</translation>
        </message>
        <message>
            <source>--time-scale wants a number from 0 to 1000000</source>
            <translation>--time-scale: нужно число от 0 до 1000000</translation>
        </message>
        <message>
            <source>Modem turnaround per PLC hop in milliseconds (0: none).</source>
            <translation>Задержка модема на каждом PLC-переходе, мс (0 — без задержки).</translation>
        </message>
        <message>
            <source>MS</source>
            <translation>МС</translation>
        </message>
        <message>
            <source>--hop-latency wants milliseconds from 0 to 10000</source>
            <translation>--hop-latency ожидает миллисекунды от 0 до 10000</translation>
        </message>
    </context>
    <context>
        <name>SimTcpServer</name>
        <message>
            <source>cannot listen on %1:%2: %3</source>
            <translation>не удалось начать прослушивание %1:%2: %3</translation>
        </message>
    </context>
    <context>
        <name>SingleActionSchedule</name>
        <message>
            <source>schedule type %1 is not defined (1..5)</source>
            <translation>тип расписания %1 не определён (1..5)</translation>
        </message>
        <message>
            <source>the single action schedule has no attribute %1</source>
            <translation>у расписания однократного действия нет атрибута %1</translation>
        </message>
    </context>
    <context>
        <name>SpodesEvents</name>
        <message>
            <source>Phase A: voltage lost</source>
            <translation>Фаза А - пропадание напряжения</translation>
        </message>
        <message>
            <source>Phase A: voltage restored</source>
            <translation>Фаза А - восстановление напряжения</translation>
        </message>
        <message>
            <source>Phase B: voltage lost</source>
            <translation>Фаза В - пропадание напряжения</translation>
        </message>
        <message>
            <source>Phase B: voltage restored</source>
            <translation>Фаза В - восстановление напряжения</translation>
        </message>
        <message>
            <source>Phase C: voltage lost</source>
            <translation>Фаза С - пропадание напряжения</translation>
        </message>
        <message>
            <source>Phase C: voltage restored</source>
            <translation>Фаза С - восстановление напряжения</translation>
        </message>
        <message>
            <source>Overvoltage on any phase: start</source>
            <translation>Превышение напряжения любой фазы</translation>
        </message>
        <message>
            <source>Overvoltage on any phase: end</source>
            <translation>Окончание перенапряжения любой фазы</translation>
        </message>
        <message>
            <source>Undervoltage on any phase: start</source>
            <translation>Низкое напряжение любой фазы - начало</translation>
        </message>
        <message>
            <source>Undervoltage on any phase: end</source>
            <translation>Низкое напряжение любой фазы - окончание</translation>
        </message>
        <message>
            <source>Negative-sequence voltage unbalance above limit: start</source>
            <translation>Превышение коэффициента несимметрии напряжений по обратной последовательности - начало</translation>
        </message>
        <message>
            <source>Negative-sequence voltage unbalance above limit: end</source>
            <translation>Превышение коэффициента несимметрии напряжений по обратной последовательности - окончание</translation>
        </message>
        <message>
            <source>Phase A: overvoltage start</source>
            <translation>Фаза А - перенапряжение начало</translation>
        </message>
        <message>
            <source>Phase A: overvoltage end</source>
            <translation>Фаза А - перенапряжение окончание</translation>
        </message>
        <message>
            <source>Phase B: overvoltage start</source>
            <translation>Фаза В - перенапряжение начало</translation>
        </message>
        <message>
            <source>Phase B: overvoltage end</source>
            <translation>Фаза В - перенапряжение окончание</translation>
        </message>
        <message>
            <source>Phase C: overvoltage start</source>
            <translation>Фаза С - перенапряжение начало</translation>
        </message>
        <message>
            <source>Phase C: overvoltage end</source>
            <translation>Фаза С - перенапряжение окончание</translation>
        </message>
        <message>
            <source>Phase A: voltage dip start</source>
            <translation>Фаза А - провал начало</translation>
        </message>
        <message>
            <source>Phase A: voltage dip end</source>
            <translation>Фаза А - провал окончание</translation>
        </message>
        <message>
            <source>Phase B: voltage dip start</source>
            <translation>Фаза В - провал начало</translation>
        </message>
        <message>
            <source>Phase B: voltage dip end</source>
            <translation>Фаза В - провал окончание</translation>
        </message>
        <message>
            <source>Phase C: voltage dip start</source>
            <translation>Фаза С - провал начало</translation>
        </message>
        <message>
            <source>Phase C: voltage dip end</source>
            <translation>Фаза С - провал окончание</translation>
        </message>
        <message>
            <source>Wrong phase sequence: start</source>
            <translation>Неправильная последовательность фаз начало</translation>
        </message>
        <message>
            <source>Wrong phase sequence: end</source>
            <translation>Неправильная последовательность фаз окончание</translation>
        </message>
        <message>
            <source>Voltage interruption</source>
            <translation>Прерывание напряжения</translation>
        </message>
        <message>
            <source>Voltage restored</source>
            <translation>Восстановление напряжения</translation>
        </message>
        <message>
            <source>Phase A: export start</source>
            <translation>Фаза А - экспорт начало</translation>
        </message>
        <message>
            <source>Phase A: export end</source>
            <translation>Фаза А - экспорт окончание</translation>
        </message>
        <message>
            <source>Phase B: export start</source>
            <translation>Фаза В - экспорт начало</translation>
        </message>
        <message>
            <source>Phase B: export end</source>
            <translation>Фаза В - экспорт окончание</translation>
        </message>
        <message>
            <source>Phase C: export start</source>
            <translation>Фаза С - экспорт начало</translation>
        </message>
        <message>
            <source>Phase C: export end</source>
            <translation>Фаза С - экспорт окончание</translation>
        </message>
        <message>
            <source>Phase A current transformer open circuit</source>
            <translation>Обрыв трансформатора тока фазы А</translation>
        </message>
        <message>
            <source>Phase A current transformer restored</source>
            <translation>Восстановление трансформатора тока фазы А</translation>
        </message>
        <message>
            <source>Phase B current transformer open circuit</source>
            <translation>Обрыв трансформатора тока фазы В</translation>
        </message>
        <message>
            <source>Phase B current transformer restored</source>
            <translation>Восстановление трансформатора тока фазы В</translation>
        </message>
        <message>
            <source>Phase C current transformer open circuit</source>
            <translation>Обрыв трансформатора тока фазы С</translation>
        </message>
        <message>
            <source>Phase C current transformer restored</source>
            <translation>Восстановление трансформатора тока фазы С</translation>
        </message>
        <message>
            <source>Current unbalance: start</source>
            <translation>Разбаланс токов - начало</translation>
        </message>
        <message>
            <source>Current unbalance: end</source>
            <translation>Разбаланс токов - окончание</translation>
        </message>
        <message>
            <source>Current transformer short circuit: start</source>
            <translation>Замыкание трансформатора тока — начало</translation>
        </message>
        <message>
            <source>Current transformer short circuit: end</source>
            <translation>Окончание замыкания трансформатора тока</translation>
        </message>
        <message>
            <source>Overcurrent on any phase: start</source>
            <translation>Превышение тока любой фазы - начало</translation>
        </message>
        <message>
            <source>Overcurrent on any phase: end</source>
            <translation>Окончание превышения тока любой фазы</translation>
        </message>
        <message>
            <source>Phase A: current without voltage, start</source>
            <translation>Фаза А - наличие тока при отсутствии напряжения начало</translation>
        </message>
        <message>
            <source>Phase A: current without voltage, end</source>
            <translation>Фаза А - наличие тока при отсутствии напряжения окончание</translation>
        </message>
        <message>
            <source>Phase B: current without voltage, start</source>
            <translation>Фаза В - наличие тока при отсутствии напряжения начало</translation>
        </message>
        <message>
            <source>Phase B: current without voltage, end</source>
            <translation>Фаза В - наличие тока при отсутствии напряжения окончание</translation>
        </message>
        <message>
            <source>Phase C: current without voltage, start</source>
            <translation>Фаза С - наличие тока при отсутствии напряжения начало</translation>
        </message>
        <message>
            <source>Phase C: current without voltage, end</source>
            <translation>Фаза С - наличие тока при отсутствии напряжения окончание</translation>
        </message>
        <message>
            <source>Phase A: maximum current exceeded, start</source>
            <translation>Фаза А - превышение максимального тока начало</translation>
        </message>
        <message>
            <source>Phase A: maximum current exceeded, end</source>
            <translation>Фаза А - превышение максимального тока окончание</translation>
        </message>
        <message>
            <source>Phase B: maximum current exceeded, start</source>
            <translation>Фаза В - превышение максимального тока начало</translation>
        </message>
        <message>
            <source>Phase B: maximum current exceeded, end</source>
            <translation>Фаза В - превышение максимального тока окончание</translation>
        </message>
        <message>
            <source>Phase C: maximum current exceeded, start</source>
            <translation>Фаза С - превышение максимального тока начало</translation>
        </message>
        <message>
            <source>Phase C: maximum current exceeded, end</source>
            <translation>Фаза С - превышение максимального тока окончание</translation>
        </message>
        <message>
            <source>Current without voltage (broken neutral): start</source>
            <translation>Наличие тока при отсутствии напряжения (обрыв нейтрали) - начало</translation>
        </message>
        <message>
            <source>Current without voltage (broken neutral): end</source>
            <translation>Наличие тока при отсутствии напряжения (обрыв нейтрали) - окончание</translation>
        </message>
        <message>
            <source>Reverse power flow in a unidirectional meter: start</source>
            <translation>Обратный поток мощности (экспорт тока) в однонаправленном счётчике - начало</translation>
        </message>
        <message>
            <source>Reverse power flow in a unidirectional meter: end</source>
            <translation>Обратный поток мощности (экспорт тока) в однонаправленном счётчике - окончание</translation>
        </message>
        <message>
            <source>Opposite power directions in the phases: start</source>
            <translation>Разнонаправленная мощность по фазам в трёхфазном и однофазном двухэлементном счётчике - начало</translation>
        </message>
        <message>
            <source>Opposite power directions in the phases: end</source>
            <translation>Разнонаправленная мощность по фазам в трёхфазном и однофазном двухэлементном счётчике - окончание</translation>
        </message>
        <message>
            <source>Current with the load relay open: start</source>
            <translation>Наличие тока при выключенном реле нагрузки - начало</translation>
        </message>
        <message>
            <source>Current with the load relay open: end</source>
            <translation>Наличие тока при выключенном реле нагрузки - окончание</translation>
        </message>
        <message>
            <source>Meter power off</source>
            <translation>Выключение питания ПУ</translation>
        </message>
        <message>
            <source>Meter power on</source>
            <translation>Включение питания ПУ</translation>
        </message>
        <message>
            <source>Consumer disconnected remotely</source>
            <translation>Выключение абонента дистанционное</translation>
        </message>
        <message>
            <source>Consumer reconnected remotely</source>
            <translation>Включение абонента дистанционное</translation>
        </message>
        <message>
            <source>Consumer permitted to reconnect</source>
            <translation>Получение разрешения на включение абоненту</translation>
        </message>
        <message>
            <source>Load relay opened by the consumer</source>
            <translation>Выключение реле нагрузки абонентом</translation>
        </message>
        <message>
            <source>Load relay closed by the consumer</source>
            <translation>Включение реле нагрузки абонентом</translation>
        </message>
        <message>
            <source>Local disconnection: power limit exceeded</source>
            <translation>Выключение локальное по превышению лимита мощности</translation>
        </message>
        <message>
            <source>Local disconnection: maximum current exceeded</source>
            <translation>Выключение локальное по превышению максимального тока</translation>
        </message>
        <message>
            <source>Local disconnection: magnetic field</source>
            <translation>Выключение локальное при воздействии магнитного поля</translation>
        </message>
        <message>
            <source>Local disconnection: overvoltage</source>
            <translation>Выключение локальное по превышению напряжения</translation>
        </message>
        <message>
            <source>Local reconnection: voltage back to normal</source>
            <translation>Включение локальное при возвращении напряжения в норму</translation>
        </message>
        <message>
            <source>Local disconnection: current without voltage</source>
            <translation>Выключение локальное по наличию тока при отсутствии напряжения</translation>
        </message>
        <message>
            <source>Local disconnection: current unbalance</source>
            <translation>Выключение локальное по разбалансу токов</translation>
        </message>
        <message>
            <source>Local disconnection: temperature</source>
            <translation>Выключение локальное по температуре</translation>
        </message>
        <message>
            <source>Backup power supply on</source>
            <translation>Включение резервного питания</translation>
        </message>
        <message>
            <source>Backup power supply off</source>
            <translation>Отключение резервного питания</translation>
        </message>
        <message>
            <source>Local disconnection: terminal cover or case opened</source>
            <translation>Выключение локальное при вскрытии клеммной крышки или корпуса</translation>
        </message>
        <message>
            <source>Relay opened: tariff energy limits exceeded</source>
            <translation>Выключение реле при превышении лимитов энергии по тарифам</translation>
        </message>
        <message>
            <source>Relay closed after an active power disconnection</source>
            <translation>Включение реле после выключения по причине превышения активной мощности</translation>
        </message>
        <message>
            <source>Relay closed after an overcurrent disconnection</source>
            <translation>Включение реле после выключения по причине превышения тока</translation>
        </message>
        <message>
            <source>Relay closed after a current unbalance disconnection</source>
            <translation>Включение реле после выключения по причине превышения небаланса токов</translation>
        </message>
        <message>
            <source>Relay closed: temperature back to normal</source>
            <translation>Включение реле после возвращения температуры в норму</translation>
        </message>
        <message>
            <source>Relay closed: magnetic field back to normal</source>
            <translation>Включение реле после возвращения магнитного поля в норму</translation>
        </message>
        <message>
            <source>Relay opened by the arbitrator</source>
            <translation>Выключение реле через арбитр</translation>
        </message>
        <message>
            <source>Relay closed by the arbitrator</source>
            <translation>Включение реле через арбитр</translation>
        </message>
        <message>
            <source>Relay closed by the physical blocker</source>
            <translation>Включение реле через физический блокиратор</translation>
        </message>
        <message>
            <source>Relay opened by the physical blocker</source>
            <translation>Выключение реле через физический блокиратор</translation>
        </message>
        <message>
            <source>Complete loss of meter power</source>
            <translation>Полное пропадание питания ПУ</translation>
        </message>
        <message>
            <source>RS-485-1 address or baud rate changed</source>
            <translation>Изменение адреса или скорости обмена RS-485-1</translation>
        </message>
        <message>
            <source>RS-485-2 address or baud rate changed</source>
            <translation>Изменение адреса или скорости обмена RS-485-2</translation>
        </message>
        <message>
            <source>Time set</source>
            <translation>Установка времени</translation>
        </message>
        <message>
            <source>Daylight saving settings changed</source>
            <translation>Изменение параметров перехода на летнее время</translation>
        </message>
        <message>
            <source>Tariff schedule season profile changed</source>
            <translation>Изменение сезонного профиля тарифного расписания (ТР)</translation>
        </message>
        <message>
            <source>Tariff schedule week profile changed</source>
            <translation>Изменение недельного профиля ТР</translation>
        </message>
        <message>
            <source>Tariff schedule day profile changed</source>
            <translation>Изменение суточного профиля ТР</translation>
        </message>
        <message>
            <source>Tariff schedule activation date changed</source>
            <translation>Изменение даты активации ТР</translation>
        </message>
        <message>
            <source>Tariff schedule activated</source>
            <translation>Активация ТР</translation>
        </message>
        <message>
            <source>Billing day and hour changed</source>
            <translation>Изменение расчетного дня-часа (РДЧ)</translation>
        </message>
        <message>
            <source>Display mode changed (parameters)</source>
            <translation>Изменение режима индикации (параметры)</translation>
        </message>
        <message>
            <source>Display mode changed (auto scroll)</source>
            <translation>Изменение режима индикации (автопереключение)</translation>
        </message>
        <message>
            <source>Low security (read) password changed</source>
            <translation>Изменение пароля низкой секретности (на чтение)</translation>
        </message>
        <message>
            <source>High security (write) password changed</source>
            <translation>Изменение пароля высокой секретности (на запись)</translation>
        </message>
        <message>
            <source>Metering point data changed</source>
            <translation>Изменение данных точки учета</translation>
        </message>
        <message>
            <source>Current transformer ratio changed</source>
            <translation>Изменение коэффициента трансформации по току</translation>
        </message>
        <message>
            <source>Voltage transformer ratio changed</source>
            <translation>Изменение коэффициента трансформации по напряжению</translation>
        </message>
        <message>
            <source>Line loss parameters changed</source>
            <translation>Изменение параметров линии для вычисления потерь в ЛЭП</translation>
        </message>
        <message>
            <source>Power limit for disconnection changed</source>
            <translation>Изменение лимита мощности для отключения</translation>
        </message>
        <message>
            <source>Power disconnection delay changed</source>
            <translation>Изменение интервала времени на отключение по мощности</translation>
        </message>
        <message>
            <source>Overcurrent disconnection delay changed</source>
            <translation>Изменение интервала времени на отключение по превышению максимального тока</translation>
        </message>
        <message>
            <source>Overvoltage disconnection delay changed</source>
            <translation>Изменение интервала времени на отключение по максимальному напряжению</translation>
        </message>
        <message>
            <source>Magnetic field disconnection delay changed</source>
            <translation>Изменение интервала времени на отключение по воздействию магнитного поля</translation>
        </message>
        <message>
            <source>Power interruption threshold changed</source>
            <translation>Изменение порога для фиксации перерыва в питании</translation>
        </message>
        <message>
            <source>Overvoltage threshold changed</source>
            <translation>Изменение порога для фиксации перенапряжения</translation>
        </message>
        <message>
            <source>Voltage dip threshold changed</source>
            <translation>Изменение порога для фиксации провала напряжения</translation>
        </message>
        <message>
            <source>Power factor (tg φ) threshold changed</source>
            <translation>Изменение порога для фиксации превышения тангенса</translation>
        </message>
        <message>
            <source>Voltage unbalance threshold changed</source>
            <translation>Изменение порога для фиксации коэффициента несимметрии напряжений</translation>
        </message>
        <message>
            <source>Declared voltage changed</source>
            <translation>Изменение согласованного напряжения</translation>
        </message>
        <message>
            <source>Peak power integration period changed</source>
            <translation>Изменение интервала интегрирования пиковой мощности</translation>
        </message>
        <message>
            <source>Profile 1 capture period changed</source>
            <translation>Изменение периода захвата профиля 1</translation>
        </message>
        <message>
            <source>Profile 2 capture period changed</source>
            <translation>Изменение периода захвата профиля 2</translation>
        </message>
        <message>
            <source>LCD backlight mode changed</source>
            <translation>Изменение режима подсветки LCD</translation>
        </message>
        <message>
            <source>Telemetry mode 1 changed</source>
            <translation>Изменение режима телеметрии 1</translation>
        </message>
        <message>
            <source>Monthly journal cleared</source>
            <translation>Очистка месячного журнала</translation>
        </message>
        <message>
            <source>Daily journal cleared</source>
            <translation>Очистка суточного журнала</translation>
        </message>
        <message>
            <source>Voltage journal cleared</source>
            <translation>Очистка журнала напряжения</translation>
        </message>
        <message>
            <source>Current journal cleared</source>
            <translation>Очистка журнала тока</translation>
        </message>
        <message>
            <source>Power on/off journal cleared</source>
            <translation>Очистка журнала вкл/выкл</translation>
        </message>
        <message>
            <source>External impacts journal cleared</source>
            <translation>Очистка журнала внешних воздействий</translation>
        </message>
        <message>
            <source>Connections journal cleared</source>
            <translation>Очистка журнала соединений</translation>
        </message>
        <message>
            <source>Unauthorized access journal cleared</source>
            <translation>Очистка журнала несанкционированного доступа</translation>
        </message>
        <message>
            <source>Power quality journal cleared</source>
            <translation>Очистка журнала качества сети</translation>
        </message>
        <message>
            <source>Power factor (tg φ) journal cleared</source>
            <translation>Очистка журнала тангенса</translation>
        </message>
        <message>
            <source>Inputs/outputs journal cleared</source>
            <translation>Очистка журнала входов/выходов</translation>
        </message>
        <message>
            <source>Profile 1 cleared</source>
            <translation>Очистка профиля 1</translation>
        </message>
        <message>
            <source>Profile 2 cleared</source>
            <translation>Очистка профиля 2</translation>
        </message>
        <message>
            <source>Profile 3 cleared</source>
            <translation>Очистка профиля 3</translation>
        </message>
        <message>
            <source>Special days table changed</source>
            <translation>Изменение таблицы специальных дней</translation>
        </message>
        <message>
            <source>Relay control mode changed</source>
            <translation>Изменение режима управления реле</translation>
        </message>
        <message>
            <source>Readings stored in the monthly journal</source>
            <translation>Фиксация показаний в месячном журнале</translation>
        </message>
        <message>
            <source>Push (alarm) mode changed</source>
            <translation>Изменение режима инициативного выхода</translation>
        </message>
        <message>
            <source>Low security unicast key changed</source>
            <translation>Изменение одноадресного ключа для низкой секретности</translation>
        </message>
        <message>
            <source>Low security broadcast encryption key changed</source>
            <translation>Изменение широковещательного ключа шифрования для низкой секретности</translation>
        </message>
        <message>
            <source>High security unicast key changed</source>
            <translation>Изменение одноадресного ключа для высокой секретности</translation>
        </message>
        <message>
            <source>High security broadcast key changed</source>
            <translation>Изменение широковещательного ключа для высокой секретности</translation>
        </message>
        <message>
            <source>High security authentication key changed</source>
            <translation>Изменение ключа аутентификации для высокой секретности</translation>
        </message>
        <message>
            <source>Master key changed</source>
            <translation>Изменение мастер-ключа</translation>
        </message>
        <message>
            <source>Low security protection level changed</source>
            <translation>Изменение уровня преобразования для низкой секретности</translation>
        </message>
        <message>
            <source>High security protection level changed</source>
            <translation>Изменение уровня преобразования для высокой секретности</translation>
        </message>
        <message>
            <source>Remote display number changed</source>
            <translation>Изменение номера дистанционного дисплея</translation>
        </message>
        <message>
            <source>Active energy metering mode changed (absolute or per direction)</source>
            <translation>Изменение режима учета активной энергии (по модулю или раздельно в двух направлениях)</translation>
        </message>
        <message>
            <source>Time set from GPS/GLONASS</source>
            <translation>Установка времени по GPS/ГЛОНАСС</translation>
        </message>
        <message>
            <source>Broken neutral disconnection mode changed</source>
            <translation>Изменение режима отключения по обрыву нейтрали</translation>
        </message>
        <message>
            <source>Firmware updated</source>
            <translation>Обновление ПО</translation>
        </message>
        <message>
            <source>Current unbalance disconnection mode changed</source>
            <translation>Изменение режима отключения по разбалансу токов</translation>
        </message>
        <message>
            <source>Temperature disconnection mode changed</source>
            <translation>Изменение режима отключения по температуре</translation>
        </message>
        <message>
            <source>Time corrected</source>
            <translation>Коррекция времени</translation>
        </message>
        <message>
            <source>Low security authentication key changed</source>
            <translation>Изменение ключа аутентификации для низкой секретности</translation>
        </message>
        <message>
            <source>Push (alarm) flags cleared</source>
            <translation>Очистка флагов инициативного выхода</translation>
        </message>
        <message>
            <source>HDLC connection timeout changed</source>
            <translation>Изменение таймаута для HDLC-соединения</translation>
        </message>
        <message>
            <source>Peak load hours changed</source>
            <translation>Изменение часов больших нагрузок</translation>
        </message>
        <message>
            <source>Maximum demand hours changed</source>
            <translation>Изменение часов контроля максимума</translation>
        </message>
        <message>
            <source>Connection scheme changed</source>
            <translation>Изменение схемы подключения</translation>
        </message>
        <message>
            <source>Telemetry mode 2 changed</source>
            <translation>Изменение режима телеметрии 2</translation>
        </message>
        <message>
            <source>Telemetry mode 3 changed</source>
            <translation>Изменение режима телеметрии 3</translation>
        </message>
        <message>
            <source>Telemetry mode 4 changed</source>
            <translation>Изменение режима телеметрии 4</translation>
        </message>
        <message>
            <source>Terminal cover or case opening disconnection mode changed</source>
            <translation>Изменение режима отключения при вскрытии клеммной крышки или корпуса</translation>
        </message>
        <message>
            <source>Active communication profile of the ports changed</source>
            <translation>Изменение настройки активного коммуникационного профиля для портов связи</translation>
        </message>
        <message>
            <source>Monthly power quality journal cleared</source>
            <translation>Очистка журнала качества сети на месячном интервале</translation>
        </message>
        <message>
            <source>Network parameter integration period changed</source>
            <translation>Изменение интервала интегрирования параметров сети</translation>
        </message>
        <message>
            <source>Time threshold changed: average power factor (tg φ) of all phases</source>
            <translation>Изменение порогового значения по времени. Коэффициент реактивной мощности (tg φ) средний по всем фазам</translation>
        </message>
        <message>
            <source>Time threshold changed: differential current, % of the largest current</source>
            <translation>Изменение порогового значения по времени. Дифференциальный ток, % от величины наибольшего тока</translation>
        </message>
        <message>
            <source>Time threshold changed: negative-sequence unbalance</source>
            <translation>Изменение порогового значения по времени. Коэффициент несимметрии по обратной последовательности</translation>
        </message>
        <message>
            <source>Optical port P1 address or baud rate changed</source>
            <translation>Изменение адреса или скорости обмена (Оптопорт Р1)</translation>
        </message>
        <message>
            <source>Port P4 address or baud rate changed</source>
            <translation>Изменение адреса или скорости обмена (Порт Р4)</translation>
        </message>
        <message>
            <source>Load relay disconnection event filter changed</source>
            <translation>Изменение фильтра событий отключения реле нагрузки</translation>
        </message>
        <message>
            <source>Load relay event monitor changed</source>
            <translation>Изменение монитора событий реле нагрузки</translation>
        </message>
        <message>
            <source>Energy metering settings changed</source>
            <translation>Изменение настройки учёта энергии</translation>
        </message>
        <message>
            <source>Frequency deviation threshold changed</source>
            <translation>Изменение порогового значения отклонения частоты</translation>
        </message>
        <message>
            <source>Active power threshold per integration period changed</source>
            <translation>Изменение порогового значения контроля активной мощности на интервале интегрирования</translation>
        </message>
        <message>
            <source>Peak hours active power threshold per integration period changed</source>
            <translation>Изменение порогового значения контроля активной мощности на интервале интегрирования в часы пиковых нагрузок</translation>
        </message>
        <message>
            <source>Snapshot time changed; snapshot taken</source>
            <translation>Изменение времени фиксации стоп-кадра. Фиксация стоп-кадра</translation>
        </message>
        <message>
            <source>Load relay event monitor</source>
            <translation>Монитор событий реле нагрузки</translation>
        </message>
        <message>
            <source>Alarm relay 1 event monitor</source>
            <translation>Монитор событий реле сигнализации 1</translation>
        </message>
        <message>
            <source>Alarm relay 2 event monitor</source>
            <translation>Монитор событий реле сигнализации 2</translation>
        </message>
        <message>
            <source>Alarm relay 3 event monitor</source>
            <translation>Монитор событий реле сигнализации 3</translation>
        </message>
        <message>
            <source>Alarm relay 4 event monitor</source>
            <translation>Монитор событий реле сигнализации 4</translation>
        </message>
        <message>
            <source>Load relay arbitrator settings changed</source>
            <translation>Изменение параметров арбитра реле нагрузки</translation>
        </message>
        <message>
            <source>Alarm relay 1 arbitrator settings changed</source>
            <translation>Изменение параметров арбитра реле сигнализации 1</translation>
        </message>
        <message>
            <source>Alarm relay 2 arbitrator settings changed</source>
            <translation>Изменение параметров арбитра реле сигнализации 2</translation>
        </message>
        <message>
            <source>Alarm relay 3 arbitrator settings changed</source>
            <translation>Изменение параметров арбитра реле сигнализации 3</translation>
        </message>
        <message>
            <source>Alarm relay 4 arbitrator settings changed</source>
            <translation>Изменение параметров арбитра реле сигнализации 4</translation>
        </message>
        <message>
            <source>Alarm relay 1 event filter changed</source>
            <translation>Изменение фильтра событий реле сигнализации 1</translation>
        </message>
        <message>
            <source>Alarm relay 2 event filter changed</source>
            <translation>Изменение фильтра событий реле сигнализации 2</translation>
        </message>
        <message>
            <source>Alarm relay 3 event filter changed</source>
            <translation>Изменение фильтра событий реле сигнализации 3</translation>
        </message>
        <message>
            <source>Alarm relay 4 event filter changed</source>
            <translation>Изменение фильтра событий реле сигнализации 4</translation>
        </message>
        <message>
            <source>Alarm relay 1 control mode changed</source>
            <translation>Изменение режима управления реле сигнализации 1</translation>
        </message>
        <message>
            <source>Alarm relay 2 control mode changed</source>
            <translation>Изменение режима управления реле сигнализации 2</translation>
        </message>
        <message>
            <source>Alarm relay 3 control mode changed</source>
            <translation>Изменение режима управления реле сигнализации 3</translation>
        </message>
        <message>
            <source>Alarm relay 4 control mode changed</source>
            <translation>Изменение режима управления реле сигнализации 4</translation>
        </message>
        <message>
            <source>Alarm relay contact type changed</source>
            <translation>Изменение типа контакта реле сигнализации</translation>
        </message>
        <message>
            <source>TCP/UDP connection timeout changed (optical port P1)</source>
            <translation>Изменение таймаута для TCP/UDP соединения (Оптопорт P1)</translation>
        </message>
        <message>
            <source>TCP/UDP connection timeout changed (port P2)</source>
            <translation>Изменение таймаута для TCP/UDP соединения (Порт P2)</translation>
        </message>
        <message>
            <source>TCP/UDP connection timeout changed (port P3)</source>
            <translation>Изменение таймаута для TCP/UDP соединения (Порт P3)</translation>
        </message>
        <message>
            <source>TCP/UDP connection timeout changed (port P4)</source>
            <translation>Изменение таймаута для TCP/UDP соединения (Порт P4)</translation>
        </message>
        <message>
            <source>Hourly power factor (tg φ) over threshold journal cleared</source>
            <translation>Очистка журнала «выхода тангенса за порог на интервале интегрирования»</translation>
        </message>
        <message>
            <source>Time correction journal cleared</source>
            <translation>Очистка журнала «коррекции времени»</translation>
        </message>
        <message>
            <source>Start of year journal cleared</source>
            <translation>Очистка журнала «На начало года»</translation>
        </message>
        <message>
            <source>Power control journal cleared</source>
            <translation>Очистка журнала «Контроля мощности»</translation>
        </message>
        <message>
            <source>Battery journal cleared</source>
            <translation>Очистка журнала «Батареи»</translation>
        </message>
        <message>
            <source>Load relay blocker journal cleared</source>
            <translation>Очистка журнала «Контроль блокиратора реле нагрузки»</translation>
        </message>
        <message>
            <source>Temperature journal cleared</source>
            <translation>Очистка журнала «Контроль температуры»</translation>
        </message>
        <message>
            <source>Phase A voltage deviation journal cleared</source>
            <translation>Очистка журнала «Отклонение напряжения фазы А»</translation>
        </message>
        <message>
            <source>Phase B voltage deviation journal cleared</source>
            <translation>Очистка журнала «Отклонение напряжения фазы B»</translation>
        </message>
        <message>
            <source>Phase C voltage deviation journal cleared</source>
            <translation>Очистка журнала «Отклонение напряжения фазы C»</translation>
        </message>
        <message>
            <source>Line voltage AB deviation journal cleared</source>
            <translation>Очистка журнала «Отклонение линейного напряжения AB»</translation>
        </message>
        <message>
            <source>Line voltage BC deviation journal cleared</source>
            <translation>Очистка журнала «Отклонение линейного напряжения BC»</translation>
        </message>
        <message>
            <source>Line voltage CA deviation journal cleared</source>
            <translation>Очистка журнала «Отклонение линейного напряжения CA»</translation>
        </message>
        <message>
            <source>Overvoltage journal cleared</source>
            <translation>Очистка журнала «Превышение напряжения»</translation>
        </message>
        <message>
            <source>Voltage interruption journal cleared</source>
            <translation>Очистка журнала «Прерывание напряжения»</translation>
        </message>
        <message>
            <source>Telesignalling journal cleared</source>
            <translation>Очистка журнала «Телесигнализация»</translation>
        </message>
        <message>
            <source>Abnormal network situation journal cleared</source>
            <translation>Очистка журнала «Нештатная ситуация сети»</translation>
        </message>
        <message>
            <source>Zero-sequence voltage threshold changed: delay before the event (abnormal network situation)</source>
            <translation>Изменение порога напряжения по нулевой последовательности, время до срабатывания события, с (нештатная ситуация сети)</translation>
        </message>
        <message>
            <source>Zero-sequence voltage threshold changed: push delay (abnormal network situation)</source>
            <translation>Изменение порога напряжения по нулевой последовательности, время задержки установки события PUSH, с (нештатная ситуация сети)</translation>
        </message>
        <message>
            <source>Voltage threshold changed: minimum value (abnormal network situation)</source>
            <translation>Изменение порога напряжения, минимальное значение, В (нештатная ситуация сети)</translation>
        </message>
        <message>
            <source>Voltage threshold changed: delay before the event (abnormal network situation)</source>
            <translation>Изменение порога напряжения, время до срабатывания события, с (нештатная ситуация сети)</translation>
        </message>
        <message>
            <source>Voltage threshold changed: push delay (abnormal network situation)</source>
            <translation>Изменение порога напряжения, время задержки установки события PUSH, с (нештатная ситуация сети)</translation>
        </message>
        <message>
            <source>Negative-sequence voltage threshold changed: maximum value (abnormal network situation)</source>
            <translation>Изменение порога напряжения по обратной последовательности, максимальное значение, В (нештатная ситуация сети)</translation>
        </message>
        <message>
            <source>Negative-sequence voltage threshold changed: delay before the event (abnormal network situation)</source>
            <translation>Изменение порога напряжения по обратной последовательности, время до срабатывания события, с (нештатная ситуация сети)</translation>
        </message>
        <message>
            <source>Negative-sequence voltage threshold changed: push delay (abnormal network situation)</source>
            <translation>Изменение порога напряжения по обратной последовательности, время задержки установки события PUSH, с (нештатная ситуация сети)</translation>
        </message>
        <message>
            <source>Electronic seals armed</source>
            <translation>Обжатие электронных пломб</translation>
        </message>
        <message>
            <source>Recorded magnetic/HF field events cleared</source>
            <translation>Очистка фиксации событий воздействия магнитного и/или ВЧ поля</translation>
        </message>
        <message>
            <source>Time zone changed</source>
            <translation>Изменение часового пояса</translation>
        </message>
        <message>
            <source>LCD auto scroll sequence changed</source>
            <translation>Изменение последовательности вывода на ЖКИ в режиме «Автопрокрутка»</translation>
        </message>
        <message>
            <source>LCD button sequence changed</source>
            <translation>Изменение последовательности вывода на ЖКИ в режиме «По кнопке»</translation>
        </message>
        <message>
            <source>Current limit level changed</source>
            <translation>Изменение уровня лимита по току</translation>
        </message>
        <message>
            <source>Voltage limit level changed</source>
            <translation>Изменение уровня лимита по напряжению</translation>
        </message>
        <message>
            <source>Emergency tariff number changed</source>
            <translation>Номер аварийного тарифа</translation>
        </message>
        <message>
            <source>Magnetic field: start</source>
            <translation>Магнитное поле - начало</translation>
        </message>
        <message>
            <source>Magnetic field: end</source>
            <translation>Магнитное поле - окончание</translation>
        </message>
        <message>
            <source>Terminal cover electronic seal triggered</source>
            <translation>Срабатывание электронной пломбы крышки клеммников</translation>
        </message>
        <message>
            <source>Case electronic seal triggered</source>
            <translation>Срабатывание электронной пломбы корпуса</translation>
        </message>
        <message>
            <source>External sensor electronic seal triggered</source>
            <translation>Срабатывание электронной пломбы внешнего датчика</translation>
        </message>
        <message>
            <source>HF field: start</source>
            <translation>Воздействие ВЧ поля - начало</translation>
        </message>
        <message>
            <source>HF field: end</source>
            <translation>Воздействие ВЧ поля - окончание</translation>
        </message>
        <message>
            <source>Connection closed (interface)</source>
            <translation>Разорвано соединение (интерфейс)</translation>
        </message>
        <message>
            <source>Connection established (interface)</source>
            <translation>Установлено соединение (интерфейс)</translation>
        </message>
        <message>
            <source>Unauthorized access attempt (interface)</source>
            <translation>Попытка несанкционированного доступа (интерфейс)</translation>
        </message>
        <message>
            <source>Protocol violation</source>
            <translation>Нарушение требований протокола</translation>
        </message>
        <message>
            <source>Locked after too many wrong passwords</source>
            <translation>Блокировка по превышению количества неправильных паролей</translation>
        </message>
        <message>
            <source>Firmware verification error</source>
            <translation>Ошибка верификации прошивки</translation>
        </message>
        <message>
            <source>Meter initialization</source>
            <translation>Инициализация ПУ</translation>
        </message>
        <message>
            <source>Measuring unit: error</source>
            <translation>Измерительный блок — ошибка</translation>
        </message>
        <message>
            <source>Measuring unit: normal</source>
            <translation>Измерительный блок — норма</translation>
        </message>
        <message>
            <source>Computing unit: error</source>
            <translation>Вычислительный блок — ошибка</translation>
        </message>
        <message>
            <source>Real-time clock: error</source>
            <translation>Часы реального времени — ошибка</translation>
        </message>
        <message>
            <source>Real-time clock: normal</source>
            <translation>Часы реального времени — норма</translation>
        </message>
        <message>
            <source>Power supply unit: error</source>
            <translation>Блок питания — ошибка</translation>
        </message>
        <message>
            <source>Power supply unit: normal</source>
            <translation>Блок питания — норма</translation>
        </message>
        <message>
            <source>Display: error</source>
            <translation>Дисплей — ошибка</translation>
        </message>
        <message>
            <source>Display: normal</source>
            <translation>Дисплей — норма</translation>
        </message>
        <message>
            <source>Data memory: error</source>
            <translation>Блок памяти — ошибка</translation>
        </message>
        <message>
            <source>Data memory: normal</source>
            <translation>Блок памяти — норма</translation>
        </message>
        <message>
            <source>Program memory: error</source>
            <translation>Блок памяти программ — ошибка</translation>
        </message>
        <message>
            <source>Program memory: normal</source>
            <translation>Блок памяти программ — норма</translation>
        </message>
        <message>
            <source>Core clock system: error</source>
            <translation>Система тактирования ядра — ошибка</translation>
        </message>
        <message>
            <source>Core clock system: normal</source>
            <translation>Система тактирования ядра — норма</translation>
        </message>
        <message>
            <source>RTC clock system: error</source>
            <translation>Система тактирования часов — ошибка</translation>
        </message>
        <message>
            <source>RTC clock system: normal</source>
            <translation>Система тактирования часов — норма</translation>
        </message>
        <message>
            <source>Computing unit: normal</source>
            <translation>Вычислительный блок — норма</translation>
        </message>
        <message>
            <source>Power factor (tg φ) above threshold: start</source>
            <translation>Превышение установленного порога — начало</translation>
        </message>
        <message>
            <source>Power factor (tg φ) above threshold: end</source>
            <translation>Превышение установленного порога — окончание</translation>
        </message>
        <message>
            <source>unknown event code %1</source>
            <translation>неизвестный код события %1</translation>
        </message>
        <message>
            <source>Voltage events</source>
            <translation>События, связанные с напряжением</translation>
        </message>
        <message>
            <source>Current events</source>
            <translation>События, связанные с током</translation>
        </message>
        <message>
            <source>Power on/off and load relay events</source>
            <translation>События включения/выключения ПУ и коммутации реле нагрузки</translation>
        </message>
        <message>
            <source>Programming events</source>
            <translation>События программирования параметров ПУ</translation>
        </message>
        <message>
            <source>External impact events</source>
            <translation>События внешних воздействий</translation>
        </message>
        <message>
            <source>Communication events</source>
            <translation>Коммуникационные события</translation>
        </message>
        <message>
            <source>Access control events</source>
            <translation>События контроля доступа</translation>
        </message>
        <message>
            <source>Self-diagnostics events</source>
            <translation>События самодиагностики</translation>
        </message>
        <message>
            <source>Power factor (tg φ) events</source>
            <translation>События превышения tg φ</translation>
        </message>
        <message>
            <source>event category %1</source>
            <translation>категория событий %1</translation>
        </message>
        <message>
            <source>Prepayment: low credit warning</source>
            <translation>Предоплата: предупреждение о низком остатке</translation>
        </message>
        <message>
            <source>Prepayment: credit exhausted, consumer disconnected</source>
            <translation>Предоплата: кредит исчерпан, потребитель отключён</translation>
        </message>
        <message>
            <source>Prepayment: credit restored</source>
            <translation>Предоплата: кредит восстановлен</translation>
        </message>
        <message>
            <source>Energy-threshold zones or penalty tariff changed</source>
            <translation>Изменены энергетические зоны или штрафной тариф</translation>
        </message>
    </context>
    <context>
        <name>Sql</name>
        <message>
            <source>database error: %1</source>
            <translation>ошибка базы данных: %1</translation>
        </message>
    </context>
    <context>
        <name>SqliteNative</name>
        <message>
            <source>database error: %1 (%2)</source>
            <translation>ошибка базы данных: %1 (%2)</translation>
        </message>
        <message>
            <source>restore failed: %1</source>
            <translation>ошибка восстановления: %1</translation>
        </message>
    </context>
    <context>
        <name>SwitchCalendar</name>
        <message>
            <source>sunrise and sunset need the site's coordinates (imsdesk-cli site coordinates)</source>
            <translation>для восхода и заката нужны координаты объекта (imsdesk-cli site coordinates)</translation>
        </message>
    </context>
    <context>
        <name>SwitchScheduleCli</name>
        <message>
            <source>usage: imsdesk-cli switch-schedule add|list|remove|run-due --db FILE ... (--help after the verb)</source>
            <translation>использование: imsdesk-cli switch-schedule add|list|remove|run-due --db ФАЙЛ ... (--help после команды)</translation>
        </message>
        <message>
            <source>What the schedule is called.</source>
            <translation>Название расписания.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>ИМЯ</translation>
        </message>
        <message>
            <source>Switch one meter.</source>
            <translation>Переключить один счётчик.</translation>
        </message>
        <message>
            <source>SERIAL</source>
            <translation>НОМЕР</translation>
        </message>
        <message>
            <source>Switch the members of a balance group.</source>
            <translation>Переключить членов балансовой группы.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Switch a feeder's meters.</source>
            <translation>Переключить счётчики фидера.</translation>
        </message>
        <message>
            <source>Switch a router's meters.</source>
            <translation>Переключить счётчики маршрутизатора.</translation>
        </message>
        <message>
            <source>off (disconnect) or on (reconnect).</source>
            <translation>off (отключить) или on (подключить).</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ДЕЙСТВИЕ</translation>
        </message>
        <message>
            <source>Local time HH:MM, or sunrise/sunset with an optional offset in minutes (sunset+15, sunrise-30).</source>
            <translation>Местное время ЧЧ:ММ или sunrise/sunset (восход/закат) со смещением в минутах (sunset+15, sunrise-30).</translation>
        </message>
        <message>
            <source>TIME</source>
            <translation>ВРЕМЯ</translation>
        </message>
        <message>
            <source>Days of the week: all (default), mon-fri, sat,sun ...</source>
            <translation>Дни недели: all (по умолчанию), mon-fri, sat,sun ...</translation>
        </message>
        <message>
            <source>DAYS</source>
            <translation>ДНИ</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli switch-schedule add --db FILE --name NAME (--meter SERIAL | --group ID | --feeder ID | --router ID) --action off|on --at HH:MM|sunrise[+-N]|sunset[+-N] [--days DAYS]</source>
            <translation>использование: imsdesk-cli switch-schedule add --db ФАЙЛ --name ИМЯ (--meter НОМЕР | --group ID | --feeder ID | --router ID) --action off|on --at ЧЧ:ММ|sunrise[+-N]|sunset[+-N] [--days ДНИ]</translation>
        </message>
        <message>
            <source>--%1 takes a numeric id</source>
            <translation>--%1 принимает числовой идентификатор</translation>
        </message>
        <message>
            <source>switch schedule %1 added; next at %2 UTC</source>
            <translation>расписание переключений %1 добавлено; следующее срабатывание в %2 UTC</translation>
        </message>
        <message>
            <source>switch schedule %1 added; not due within a week</source>
            <translation>расписание переключений %1 добавлено; в ближайшую неделю не сработает</translation>
        </message>
        <message>
            <source>(missing)</source>
            <translation>(отсутствует)</translation>
        </message>
        <message>
            <source>%1  %2: %3 %4 at %5 (%6)%7; next %8; last: %9</source>
            <translation>%1  %2: %3 %4 в %5 (%6)%7; следующее %8; последнее: %9</translation>
        </message>
        <message>
            <source>, disabled</source>
            <translation>, отключено</translation>
        </message>
        <message>
            <source>none within a week</source>
            <translation>не в ближайшую неделю</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>The schedule to remove.</source>
            <translation>Удаляемое расписание.</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli switch-schedule remove --db FILE --id N</source>
            <translation>использование: imsdesk-cli switch-schedule remove --db ФАЙЛ --id N</translation>
        </message>
        <message>
            <source>switch schedule %1 removed</source>
            <translation>расписание переключений %1 удалено</translation>
        </message>
        <message>
            <source>Run as if it were this instant (ISO 8601 UTC; tests, catch-up).</source>
            <translation>Выполнить так, как если бы сейчас был этот момент (ISO 8601 UTC; тесты, наверстывание).</translation>
        </message>
        <message>
            <source>Who runs them, for the record (default: the login name).</source>
            <translation>Кто выполняет, для журнала (по умолчанию — имя входа).</translation>
        </message>
        <message>
            <source>--now takes an ISO 8601 time: %1</source>
            <translation>--now принимает время ISO 8601: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>nothing due</source>
            <translation>ничего не пора выполнять</translation>
        </message>
        <message>
            <source>The site's id.</source>
            <translation>Идентификатор объекта.</translation>
        </message>
        <message>
            <source>Latitude, degrees north.</source>
            <translation>Широта, градусы северной широты.</translation>
        </message>
        <message>
            <source>DEG</source>
            <translation>ГРАД</translation>
        </message>
        <message>
            <source>Longitude, degrees east.</source>
            <translation>Долгота, градусы восточной долготы.</translation>
        </message>
        <message>
            <source>Forget the coordinates.</source>
            <translation>Забыть координаты.</translation>
        </message>
        <message>
            <source>coordinates</source>
            <translation>coordinates</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli site coordinates --db FILE --site ID (--lat DEG --lon DEG | --clear)</source>
            <translation>использование: imsdesk-cli site coordinates --db ФАЙЛ --site ID (--lat ГРАД --lon ГРАД | --clear)</translation>
        </message>
        <message>
            <source>site %1 at %2, %3</source>
            <translation>объект %1 в точке %2, %3</translation>
        </message>
        <message>
            <source>site %1 has no coordinates now</source>
            <translation>у объекта %1 теперь нет координат</translation>
        </message>
        <message>
            <source>relay switching at fixed times or at sunrise/sunset: add, list, remove, run what is due</source>
            <translation>переключение реле в заданное время или по восходу/закату: добавить, показать, удалить, выполнить наступившие</translation>
        </message>
        <message>
            <source>a site's coordinates, for sunrise and sunset</source>
            <translation>координаты объекта для восхода и заката</translation>
        </message>
    </context>
    <context>
        <name>SwitchScheduleStore</name>
        <message>
            <source>latitude is -90..90 and longitude -180..180 degrees</source>
            <translation>широта от -90 до 90, долгота от -180 до 180 градусов</translation>
        </message>
        <message>
            <source>no site with id %1</source>
            <translation>нет объекта с идентификатором %1</translation>
        </message>
        <message>
            <source>the site's time zone %1 is unknown</source>
            <translation>часовой пояс объекта %1 неизвестен</translation>
        </message>
        <message>
            <source>no switch schedule with id %1</source>
            <translation>нет расписания переключений с идентификатором %1</translation>
        </message>
    </context>
    <context>
        <name>SwitchScheduleText</name>
        <message>
            <source>disconnect</source>
            <translation>отключить</translation>
        </message>
        <message>
            <source>reconnect</source>
            <translation>подключить</translation>
        </message>
        <message>
            <source>no such time of day: %1</source>
            <translation>нет такого времени суток: %1</translation>
        </message>
        <message>
            <source>an offset from sunrise or sunset is at most 720 minutes</source>
            <translation>смещение от восхода или заката — не более 720 минут</translation>
        </message>
        <message>
            <source>a switching time is HH:MM, sunrise or sunset, optionally with +N or -N minutes (sunset+15): %1</source>
            <translation>время переключения — ЧЧ:ММ, sunrise или sunset, с +N или -N минутами (sunset+15): %1</translation>
        </message>
        <message>
            <source>days are mon..sun, ranges and lists (mon-fri, sat,sun) or all: %1</source>
            <translation>дни — mon..sun, диапазоны и списки (mon-fri, sat,sun) или all: %1</translation>
        </message>
        <message>
            <source>a schedule runs on at least one day</source>
            <translation>расписание выполняется хотя бы в один день</translation>
        </message>
        <message>
            <source>a schedule needs a name</source>
            <translation>у расписания должно быть имя</translation>
        </message>
        <message>
            <source>a schedule needs what it switches</source>
            <translation>у расписания должно быть то, что оно переключает</translation>
        </message>
        <message>
            <source>the switching time is out of range</source>
            <translation>время переключения вне допустимого диапазона</translation>
        </message>
    </context>
    <context>
        <name>SwitchTargets</name>
        <message>
            <source>meter %1</source>
            <translation>счётчик %1</translation>
        </message>
        <message>
            <source>balance group %1</source>
            <translation>балансовая группа %1</translation>
        </message>
        <message>
            <source>feeder %1</source>
            <translation>фидер %1</translation>
        </message>
        <message>
            <source>router %1</source>
            <translation>маршрутизатор %1</translation>
        </message>
        <message>
            <source>no %1 with id %2</source>
            <translation>нет объекта «%1» с идентификатором %2</translation>
        </message>
        <message>
            <source>cannot tell which site the %1 %2 belongs to</source>
            <translation>не удаётся определить, к какому объекту относится %1 %2</translation>
        </message>
    </context>
    <context>
        <name>TariffCommand</name>
        <message>
            <source>--plan FILE.json is needed</source>
            <translation>нужен --plan ФАЙЛ.json</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>с %1</translation>
        </message>
        <message>
            <source>at once</source>
            <translation>сразу</translation>
        </message>
        <message>
            <source>write tariff plan "%1" (%2 tariffs) to %3, effective %4</source>
            <translation>записать тарифный план «%1» (тарифов: %2): %3, действует %4</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>не удалось подключиться: %1</translation>
        </message>
        <message>
            <source>passive calendar "%1" takes effect at %2</source>
            <translation>пассивный календарь «%1» вступит в силу %2</translation>
        </message>
        <message>
            <source>the meter runs plan "%1"</source>
            <translation>счётчик работает по плану «%1»</translation>
        </message>
        <message>
            <source>plan "%1" is armed and takes effect at %2</source>
            <translation>план «%1» записан и вступит в силу %2</translation>
        </message>
        <message>
            <source>the meter does not run plan "%1":</source>
            <translation>счётчик работает не по плану «%1»:</translation>
        </message>
        <message>
            <source>Tariff plan file (JSON).</source>
            <translation>Файл тарифного плана (JSON).</translation>
        </message>
        <message>
            <source>Only validate the plan file; send nothing.</source>
            <translation>Только проверить файл плана; ничего не отправлять.</translation>
        </message>
        <message>
            <source>write, read or verify</source>
            <translation>write, read или verify</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Показать эту справку.</translation>
        </message>
        <message>
            <source>usage: imsdesk-cli tariff write|read|verify [--plan FILE.json] (--db FILE --meter SERIAL | connection options) [--yes] [--json]</source>
            <translation>использование: imsdesk-cli tariff write|read|verify [--plan ФАЙЛ.json] (--db ФАЙЛ --meter НОМЕР | параметры подключения) [--yes] [--json]</translation>
        </message>
        <message>
            <source>plan "%1" is valid (digest %2)</source>
            <translation>план «%1» корректен (дайджест %2)</translation>
        </message>
        <message>
            <source>write, read or verify a meter's tariff plan (activity calendar)</source>
            <translation>записать, прочитать или сверить тарифный план счётчика (календарь тарифов)</translation>
        </message>
        <message>
            <source>--activate: "%1" is neither "now" nor a time such as "2026-04-01 00:00" or 2026-04-01T00:00:00+03:00</source>
            <translation>--activate: «%1» — не «now» и не время вида «2026-04-01 00:00» или 2026-04-01T00:00:00+03:00</translation>
        </message>
        <message>
            <source>When the plan takes effect: now (default), "YYYY-MM-DD HH:MM" (local time) or an ISO 8601 time.</source>
            <translation>Когда план вступает в силу: now (сразу, по умолчанию), «ГГГГ-ММ-ДД ЧЧ:ММ» (местное время) или время ISO 8601.</translation>
        </message>
    </context>
    <context>
        <name>TariffPlanCompare</name>
        <message>
            <source>calendar name: plan %1, meter %2</source>
            <translation>имя календаря: в плане %1, в счётчике %2</translation>
        </message>
        <message>
            <source>seasons: plan %1; meter %2</source>
            <translation>сезоны: в плане %1; в счётчике %2</translation>
        </message>
        <message>
            <source>week profiles: plan %1; meter %2</source>
            <translation>недельные профили: в плане %1; в счётчике %2</translation>
        </message>
        <message>
            <source>day profile %1: plan %2; meter %3</source>
            <translation>суточный профиль %1: в плане %2; в счётчике %3</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>special days: plan %1; meter %2</source>
            <translation>особые дни: в плане %1; в счётчике %2</translation>
        </message>
        <message>
            <source>energy zones: plan %1; meter %2</source>
            <translation>энергетические зоны: в плане %1; в счётчике %2</translation>
        </message>
    </context>
    <context>
        <name>TariffPlanJson</name>
        <message>
            <source>%1: unknown key "%2" (expected one of: %3)</source>
            <translation>%1: неизвестный ключ «%2» (ожидается один из: %3)</translation>
        </message>
        <message>
            <source>%1: "%2" is missing</source>
            <translation>%1: нет «%2»</translation>
        </message>
        <message>
            <source>%1.%2 must be an array</source>
            <translation>%1.%2 должен быть массивом</translation>
        </message>
        <message>
            <source>%1.%2 has %3 entries; at most %4 are accepted</source>
            <translation>в %1.%2 записей: %3; допускается не более %4</translation>
        </message>
        <message>
            <source>%1 must be an object</source>
            <translation>%1 должен быть объектом</translation>
        </message>
        <message>
            <source>%1.%2 must be a string</source>
            <translation>%1.%2 должен быть строкой</translation>
        </message>
        <message>
            <source>%1 must be a whole number from %2 to %3</source>
            <translation>%1 должен быть целым числом от %2 до %3</translation>
        </message>
        <message>
            <source>%1: "%2" is not a time of day HH:MM</source>
            <translation>%1: «%2» — не время суток ЧЧ:ММ</translation>
        </message>
        <message>
            <source>%1: "%2" is not a date MM-DD or YYYY-MM-DD</source>
            <translation>%1: «%2» — не дата ММ-ДД или ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 bytes; not a tariff plan</source>
            <translation>%1 больше %2 байт — это не тарифный план</translation>
        </message>
        <message>
            <source>the plan is larger than %1 bytes</source>
            <translation>план больше %1 байт</translation>
        </message>
        <message>
            <source>the plan is not valid JSON: %1 at offset %2</source>
            <translation>план — некорректный JSON: %1 в позиции %2</translation>
        </message>
        <message>
            <source>the plan must be a JSON object</source>
            <translation>план должен быть объектом JSON</translation>
        </message>
        <message>
            <source>plan.format is "%1"; this program reads "%2"</source>
            <translation>plan.format равен «%1»; программа читает «%2»</translation>
        </message>
        <message>
            <source>%1.days must list 7 day profile ids, Monday first</source>
            <translation>%1.days должен перечислять 7 номеров суточных профилей, начиная с понедельника</translation>
        </message>
    </context>
    <context>
        <name>TariffPlanTemplates</name>
        <message>
            <source>week</source>
            <translation>неделя</translation>
        </message>
        <message>
            <source>year</source>
            <translation>год</translation>
        </message>
        <message>
            <source>Two-zone</source>
            <translation>Двухзонный</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Ночь</translation>
        </message>
        <message>
            <source>Three-zone</source>
            <translation>Трёхзонный</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>Пик</translation>
        </message>
        <message>
            <source>Half-peak</source>
            <translation>Полупик</translation>
        </message>
    </context>
    <context>
        <name>TariffPlanValidator</name>
        <message>
            <source>the plan has no name</source>
            <translation>у плана нет имени</translation>
        </message>
        <message>
            <source>the plan name is %1 bytes long; at most %2 fit in the meter</source>
            <translation>имя плана длиной %1 байт; в счётчик помещается не более %2</translation>
        </message>
        <message>
            <source>the plan declares no tariffs</source>
            <translation>в плане не объявлено ни одного тарифа</translation>
        </message>
        <message>
            <source>the plan has %1 tariffs; a meter switches at most %2</source>
            <translation>в плане тарифов: %1; счётчик переключает не более %2</translation>
        </message>
        <message>
            <source>tariff %1 is declared twice</source>
            <translation>тариф %1 объявлен дважды</translation>
        </message>
        <message>
            <source>tariff number %1 is outside 1..%2</source>
            <translation>номер тарифа %1 вне диапазона 1..%2</translation>
        </message>
        <message>
            <source>the plan has no day profiles</source>
            <translation>в плане нет суточных профилей</translation>
        </message>
        <message>
            <source>day profile %1 is defined twice</source>
            <translation>суточный профиль %1 определён дважды</translation>
        </message>
        <message>
            <source>day profile %1 has no switch times</source>
            <translation>в суточном профиле %1 нет времён переключения</translation>
        </message>
        <message>
            <source>day profile %1 switches twice at %2 (tariffs %3 and %4): the periods overlap</source>
            <translation>суточный профиль %1 переключается дважды в %2 (тарифы %3 и %4): периоды перекрываются</translation>
        </message>
        <message>
            <source>day profile %1 switches to tariff %2 at %3, which the plan does not declare</source>
            <translation>суточный профиль %1 переключает на тариф %2 в %3, а план такой тариф не объявляет</translation>
        </message>
        <message>
            <source>the meter has %1 tariff registers; the plan switches to tariff %2</source>
            <translation>в счётчике тарифных регистров: %1; план переключает на тариф %2</translation>
        </message>
        <message>
            <source>the plan has no week profiles</source>
            <translation>в плане нет недельных профилей</translation>
        </message>
        <message>
            <source>week profile %1 is defined twice</source>
            <translation>недельный профиль %1 определён дважды</translation>
        </message>
        <message>
            <source>a week profile has no name</source>
            <translation>у недельного профиля нет имени</translation>
        </message>
        <message>
            <source>week profile %1 uses day profile %2, which the plan does not define</source>
            <translation>недельный профиль %1 использует суточный профиль %2, которого в плане нет</translation>
        </message>
        <message>
            <source>the plan has no seasons</source>
            <translation>в плане нет сезонов</translation>
        </message>
        <message>
            <source>season %1 is defined twice</source>
            <translation>сезон %1 определён дважды</translation>
        </message>
        <message>
            <source>seasons %1 and %2 both start on %3</source>
            <translation>сезоны %1 и %2 оба начинаются %3</translation>
        </message>
        <message>
            <source>season %1 uses week profile %2, which the plan does not define</source>
            <translation>сезон %1 использует недельный профиль %2, которого в плане нет</translation>
        </message>
        <message>
            <source>the plan has %1 special days but the meter has no special days table</source>
            <translation>в плане особых дней: %1, а в счётчике нет таблицы особых дней</translation>
        </message>
        <message>
            <source>special day %1 is listed twice</source>
            <translation>особый день %1 указан дважды</translation>
        </message>
        <message>
            <source>special day %1 uses day profile %2, which the plan does not define</source>
            <translation>особый день %1 использует суточный профиль %2, которого в плане нет</translation>
        </message>
        <message>
            <source>the tariff plan cannot be written: %1</source>
            <translation>тарифный план нельзя записать: %1</translation>
        </message>
        <message>
            <source>the plan has %1 energy zones; at most %2 are possible</source>
            <translation>в плане %1 энергетических зон; возможно не более %2</translation>
        </message>
        <message>
            <source>energy zone %1 starts at %2 Wh, not above zone %3 (%4 Wh): thresholds must ascend</source>
            <translation>энергетическая зона %1 начинается с %2 Вт·ч — не выше зоны %3 (%4 Вт·ч): пороги должны возрастать</translation>
        </message>
        <message>
            <source>energy zone %1 uses tariff %2, outside 1..%3</source>
            <translation>энергетическая зона %1 использует тариф %2 вне диапазона 1..%3</translation>
        </message>
        <message>
            <source>energy zone %1 uses tariff %2, which the plan does not declare</source>
            <translation>энергетическая зона %1 использует тариф %2, не объявленный в плане</translation>
        </message>
        <message>
            <source>the penalty tariff %1 is outside 1..%2</source>
            <translation>штрафной тариф %1 вне диапазона 1..%2</translation>
        </message>
        <message>
            <source>the penalty tariff %1 is not declared in the plan</source>
            <translation>штрафной тариф %1 не объявлен в плане</translation>
        </message>
        <message>
            <source>the plan has %1 energy zones but the meter does not support energy-threshold zones</source>
            <translation>в плане %1 энергетических зон, но счётчик не поддерживает зоны по потреблённой энергии</translation>
        </message>
        <message>
            <source>the plan has a penalty tariff but the meter does not support one</source>
            <translation>в плане есть штрафной тариф, но счётчик его не поддерживает</translation>
        </message>
    </context>
    <context>
        <name>TariffProgrammer</name>
        <message>
            <source>the meter has no activity calendar (%1): it cannot be given a tariff plan</source>
            <translation>в счётчике нет календаря тарифов (%1): тарифный план записать нельзя</translation>
        </message>
        <message>
            <source>could not read the activity calendar: %1</source>
            <translation>не удалось прочитать календарь тарифов: %1</translation>
        </message>
        <message>
            <source>could not read the tariff script table: %1</source>
            <translation>не удалось прочитать таблицу тарифных скриптов: %1</translation>
        </message>
        <message>
            <source>could not read the special days table: %1</source>
            <translation>не удалось прочитать таблицу особых дней: %1</translation>
        </message>
        <message>
            <source>could not read the meter's clock: %1</source>
            <translation>не удалось прочитать часы счётчика: %1</translation>
        </message>
        <message>
            <source>the activation time %1 is not after the meter's clock (%2); activate now instead</source>
            <translation>время активации %1 не позже часов счётчика (%2); активируйте сразу</translation>
        </message>
        <message>
            <source>writing the calendar failed before it began: %1; the meter runs its old plan</source>
            <translation>запись календаря сорвалась, не начавшись: %1; счётчик работает по старому плану</translation>
        </message>
        <message>
            <source>writing the passive calendar failed at step %1 of 5: %2; it is not armed, the meter runs its old plan (write again)</source>
            <translation>запись пассивного календаря сорвалась на шаге %1 из 5: %2; он не взведён, счётчик работает по старому плану (запишите снова)</translation>
        </message>
        <message>
            <source>the meter refused to activate the plan: %1; it runs its old plan</source>
            <translation>счётчик отказался активировать план: %1; он работает по старому плану</translation>
        </message>
        <message>
            <source>the activation was sent but not confirmed (%1): the meter may run either plan; verify or write again</source>
            <translation>активация отправлена, но не подтверждена (%1): счётчик может работать по любому из планов; сверьте или запишите снова</translation>
        </message>
        <message>
            <source>the calendar is armed but the special days were not written (%1); write the plan again</source>
            <translation>календарь взведён, но особые дни не записаны (%1); запишите план снова</translation>
        </message>
        <message>
            <source>the plan was written but could not be read back (%1); verify it</source>
            <translation>план записан, но не прочитан обратно (%1); сверьте его</translation>
        </message>
        <message>
            <source>the meter's calendar could not be decoded: %1</source>
            <translation>не удалось разобрать календарь счётчика: %1</translation>
        </message>
        <message>
            <source>activation time: asked %1, meter %2</source>
            <translation>время активации: задано %1, в счётчике %2</translation>
        </message>
        <message>
            <source>no special days table</source>
            <translation>нет таблицы особых дней</translation>
        </message>
        <message>
            <source>the special days could not be read back; verify the plan</source>
            <translation>особые дни не удалось прочитать обратно; сверьте план</translation>
        </message>
        <message>
            <source>the meter's calendar differs from the plan</source>
            <translation>календарь счётчика отличается от плана</translation>
        </message>
        <message>
            <source>the meter accepted the plan but reads back differently: %1</source>
            <translation>счётчик принял план, но при чтении обратно он отличается: %1</translation>
        </message>
        <message>
            <source>plan "%1" written and verified; it takes effect at %2</source>
            <translation>план «%1» записан и проверен; вступит в силу %2</translation>
        </message>
        <message>
            <source>plan "%1" written, activated and verified</source>
            <translation>план «%1» записан, активирован и проверен</translation>
        </message>
        <message>
            <source>could not read the meter's energy zones: %1</source>
            <translation>не удалось прочитать энергетические зоны счётчика: %1</translation>
        </message>
        <message>
            <source>the calendar is armed but the energy zones were not written (%1); write the plan again</source>
            <translation>календарь взведён, но энергетические зоны не записаны (%1); запишите план ещё раз</translation>
        </message>
        <message>
            <source>the energy zones could not be read back (%1); verify the plan</source>
            <translation>энергетические зоны не удалось прочитать обратно (%1); проверьте план</translation>
        </message>
    </context>
    <context>
        <name>TariffService</name>
        <message>
            <source>Connecting to meter %1…</source>
            <translation>Подключение к счётчику %1…</translation>
        </message>
        <message>
            <source>could not connect: %1</source>
            <translation>не удалось подключиться: %1</translation>
        </message>
        <message>
            <source>Writing the plan and reading it back…</source>
            <translation>Запись плана и чтение для проверки…</translation>
        </message>
        <message>
            <source>Recording the result…</source>
            <translation>Сохранение результата…</translation>
        </message>
    </context>
    <context>
        <name>TariffZones</name>
        <message>
            <source>%1 kWh</source>
            <translation>%1 кВт·ч</translation>
        </message>
        <message>
            <source>%1 Wh</source>
            <translation>%1 Вт·ч</translation>
        </message>
        <message>
            <source>the zone monitor watches %1, not the period's energy %2</source>
            <translation>монитор зон следит за %1, а не за энергией периода %2</translation>
        </message>
        <message>
            <source>the zone monitor has %1 thresholds but %2 actions</source>
            <translation>у монитора зон %1 порогов, но %2 действий</translation>
        </message>
        <message>
            <source>zone threshold %1 is not a number of Wh</source>
            <translation>порог зоны %1 — не число Вт·ч</translation>
        </message>
        <message>
            <source>zone %1 runs %2, not the tariff script table</source>
            <translation>зона %1 запускает %2, а не таблицу тарифных сценариев</translation>
        </message>
        <message>
            <source>the penalty tariff is not a tariff number</source>
            <translation>штрафной тариф — не номер тарифа</translation>
        </message>
        <message>
            <source>from %1 T%2</source>
            <translation>от %1 T%2</translation>
        </message>
        <message>
            <source>no zones</source>
            <translation>зон нет</translation>
        </message>
        <message>
            <source>; penalty T%1</source>
            <translation>; штрафной T%1</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>no transaction to commit</source>
            <translation>нет транзакции для фиксации</translation>
        </message>
    </context>
    <context>
        <name>ValueJson</name>
        <message>
            <source>compact-array description nested too deep</source>
            <translation>слишком глубокая вложенность описания compact-array</translation>
        </message>
        <message>
            <source>invalid compact-array element type "%1"</source>
            <translation>недопустимый тип элемента compact-array «%1»</translation>
        </message>
        <message>
            <source>compact-array description: array needs a count 0..65535</source>
            <translation>описание compact-array: для array нужно число элементов 0..65535</translation>
        </message>
        <message>
            <source>invalid date-time "%1"</source>
            <translation>недопустимое значение date-time «%1»</translation>
        </message>
        <message>
            <source>date-time status, dayOfWeek and hundredths must be 0..255</source>
            <translation>status, dayOfWeek и hundredths в date-time должны быть в диапазоне 0..255</translation>
        </message>
        <message>
            <source>JSON value nested deeper than %1</source>
            <translation>вложенность значения JSON глубже %1</translation>
        </message>
        <message>
            <source>a typed COSEM value must be a JSON object with "type"</source>
            <translation>типизированное значение COSEM должно быть объектом JSON с полем "type"</translation>
        </message>
        <message>
            <source>unknown COSEM data type "%1"</source>
            <translation>неизвестный тип данных COSEM «%1»</translation>
        </message>
        <message>
            <source>invalid value for %1</source>
            <translation>недопустимое значение для %1</translation>
        </message>
        <message>
            <source>visible-string holds a character beyond Latin-1</source>
            <translation>visible-string содержит символ вне Latin-1</translation>
        </message>
        <message>
            <source>bit-string "hex" does not match its "value"</source>
            <translation>в bit-string поле "hex" не соответствует полю "value"</translation>
        </message>
        <message>
            <source>compact-array element does not match the description</source>
            <translation>элемент compact-array не соответствует описанию</translation>
        </message>
    </context>
    <context>
        <name>WalCheckpointer</name>
        <message>
            <source>cannot hand checkpoints to their thread: %1</source>
            <translation>не удаётся передать контрольные точки журнала WAL отдельному потоку: %1</translation>
        </message>
    </context>
    <context>
        <name>WrapperFrame</name>
        <message>
            <source>WRAPPER version %1 instead of 1</source>
            <translation>версия WRAPPER %1 вместо 1</translation>
        </message>
        <message>
            <source>WRAPPER APDU of %1 bytes exceeds the limit of %2</source>
            <translation>APDU в WRAPPER длиной %1 байт превышает предел %2</translation>
        </message>
        <message>
            <source>WRAPPER datagram carries %1 APDU bytes, its header says %2</source>
            <translation>датаграмма WRAPPER содержит %1 байт APDU, а в заголовке указано %2</translation>
        </message>
        <message>
            <source>WRAPPER datagram shorter than its header</source>
            <translation>датаграмма WRAPPER короче своего заголовка</translation>
        </message>
    </context>
    <context>
        <name>XdlmsFields</name>
        <message>
            <source>the device reported success but sent no data</source>
            <translation>устройство сообщило об успехе, но не передало данных</translation>
        </message>
        <message>
            <source>Get-Data-Result choice %1 is neither data nor result</source>
            <translation>вариант Get-Data-Result %1 — ни data, ни result</translation>
        </message>
    </context>
    <context>
        <name>ims::app::DemoNetwork</name>
        <message>
            <source>the demo router did not open a TCP port</source>
            <translation>демонстрационный УСПД не открыл TCP-порт</translation>
        </message>
    </context>
    <context>
        <name>ims::app::EngineHost</name>
        <message>
            <source>Readings could not be stored: %1</source>
            <translation>Не удалось сохранить показания: %1</translation>
        </message>
        <message>
            <source>The polling engine is not running.</source>
            <translation>Механизм опроса не запущен.</translation>
        </message>
    </context>
    <context>
        <name>ims::client::DlmsClient</name>
        <message>
            <source>expected an AARE, got %1</source>
            <translation>ожидался AARE, получен %1</translation>
        </message>
        <message>
            <source>the AARE carries no InitiateResponse</source>
            <translation>AARE не содержит InitiateResponse</translation>
        </message>
        <message>
            <source>the device did not ask for HLS authentication (no challenge in the AARE)</source>
            <translation>устройство не запросило аутентификацию HLS (в AARE нет challenge)</translation>
        </message>
        <message>
            <source>unexpected answer to reply_to_HLS_authentication: %1</source>
            <translation>неожиданный ответ на reply_to_HLS_authentication: %1</translation>
        </message>
        <message>
            <source>association rejected: the device refused our HLS proof (%1)</source>
            <translation>ассоциация отклонена: устройство не приняло наше подтверждение HLS (%1)</translation>
        </message>
        <message>
            <source>not associated with %1</source>
            <translation>нет ассоциации с %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>asked for %1 attributes, got %2 results</source>
            <translation>запрошено атрибутов: %1, получено результатов: %2</translation>
        </message>
        <message>
            <source>unexpected answer to SET: %1</source>
            <translation>неожиданный ответ на SET: %1</translation>
        </message>
        <message>
            <source>the answer exceeds %1 bytes</source>
            <translation>ответ превышает %1 байт</translation>
        </message>
        <message>
            <source>unexpected answer to ACTION: %1</source>
            <translation>неожиданный ответ на ACTION: %1</translation>
        </message>
        <message>
            <source>unexpected answer to GET: %1</source>
            <translation>неожиданный ответ на GET: %1</translation>
        </message>
        <message>
            <source>block %1 arrived where block %2 was expected</source>
            <translation>получен блок %1 вместо ожидаемого блока %2</translation>
        </message>
        <message>
            <source>the value (%1 bytes) needs block transfer, which the device did not accept</source>
            <translation>значению (%1 байт) требуется поблочная передача, которую устройство не приняло</translation>
        </message>
        <message>
            <source>block %1 acknowledged where %2 was sent</source>
            <translation>подтверждён блок %1, хотя отправлен был %2</translation>
        </message>
        <message>
            <source>the parameters (%1 bytes) need block transfer, which the device did not accept</source>
            <translation>параметрам (%1 байт) требуется поблочная передача, которую устройство не приняло</translation>
        </message>
        <message>
            <source>no answer from %1 for %2 s</source>
            <translation>нет ответа от %1 в течение %2 с</translation>
        </message>
    </context>
    <context>
        <name>ims::client::HdlcChannel</name>
        <message>
            <source>the HDLC data link to %1 is not connected</source>
            <translation>канальное соединение HDLC с %1 не установлено</translation>
        </message>
        <message>
            <source>the link %1 was closed by the other side</source>
            <translation>канал %1 закрыт другой стороной</translation>
        </message>
    </context>
    <context>
        <name>ims::client::OpticalDlmsChannel</name>
        <message>
            <source>The optical probe was closed after the mode E hand-over; sign on again to talk to the meter.</source>
            <translation>Оптическая головка закрыта после перехода в режим E; чтобы связаться со счётчиком, выполните вход заново.</translation>
        </message>
        <message>
            <source>DLMS through the optical probe %1 is not connected</source>
            <translation>DLMS через оптическую головку %1 не подключён</translation>
        </message>
        <message>
            <source>%1 (IEC 62056-21 mode E)</source>
            <translation>%1 (IEC 62056-21, режим E)</translation>
        </message>
        <message>
            <source>optical %1 (IEC 62056-21 mode E)</source>
            <translation>оптика %1 (IEC 62056-21, режим E)</translation>
        </message>
        <message>
            <source>The optical probe %1 was closed during the hand-over to mode E.</source>
            <translation>Оптическая головка %1 закрыта во время перехода в режим E.</translation>
        </message>
        <message>
            <source>The sign-on for DLMS through the optical probe (mode E) failed: %1</source>
            <translation>Не удался вход для DLMS через оптическую головку (режим E): %1</translation>
        </message>
        <message>
            <source>The meter switched to mode E but does not answer HDLC at %1 (%2). Check the client and server addresses.</source>
            <translation>Счётчик перешёл в режим E, но не отвечает по HDLC на %1 (%2). Проверьте адреса клиента и сервера.</translation>
        </message>
        <message>
            <source>The meter did not confirm the switch to mode E (ACK 2 Z 2) and does not answer HDLC at %1 (%2). Its optical port may not offer DLMS, or the probe slipped during the hand-over.</source>
            <translation>Счётчик не подтвердил переход в режим E (ACK 2 Z 2) и не отвечает по HDLC на %1 (%2). Возможно, его оптический порт не поддерживает DLMS или головка сместилась во время перехода.</translation>
        </message>
    </context>
    <context>
        <name>ims::client::OpticalMeterReader</name>
        <message>
            <source>The readout was cancelled.</source>
            <translation>Чтение отменено.</translation>
        </message>
        <message>
            <source>The optical probe was closed during the hand-over to mode E.</source>
            <translation>Оптическая головка закрыта во время перехода в режим E.</translation>
        </message>
        <message>
            <source>mode E at %1 baud: associating with the meter's DLMS server</source>
            <translation>режим E на %1 бод: установление ассоциации с DLMS-сервером счётчика</translation>
        </message>
        <message>
            <source>reading the serial number (DLMS)</source>
            <translation>чтение заводского номера (DLMS)</translation>
        </message>
        <message>
            <source>reading the clock (DLMS)</source>
            <translation>чтение часов (DLMS)</translation>
        </message>
        <message>
            <source>The clock's value is not a date-time.</source>
            <translation>Значение часов — не дата и время.</translation>
        </message>
        <message>
            <source>reading A+ total (DLMS)</source>
            <translation>чтение A+ суммарно (DLMS)</translation>
        </message>
        <message>
            <source>reading A+ tariff %1 (DLMS)</source>
            <translation>чтение A+ по тарифу %1 (DLMS)</translation>
        </message>
    </context>
    <context>
        <name>ims::client::WrapperChannel</name>
        <message>
            <source>the link %1 was closed by the other side</source>
            <translation>канал %1 закрыт другой стороной</translation>
        </message>
        <message>
            <source>an APDU of %1 bytes does not fit a wrapper frame</source>
            <translation>APDU длиной %1 байт не помещается в кадр wrapper</translation>
        </message>
    </context>
    <context>
        <name>ims::control::GroupSwitch</name>
        <message numerus="yes">
            <source>%n applied</source>
            <translation>
                <numerusform>%n выполнено</numerusform>
                <numerusform>%n выполнено</numerusform>
                <numerusform>%n выполнено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not applied</source>
            <translation>
                <numerusform>%n не выполнено</numerusform>
                <numerusform>%n не выполнено</numerusform>
                <numerusform>%n не выполнено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unknown (verify or retry)</source>
            <translation>
                <numerusform>%n неизвестно (проверьте или повторите)</numerusform>
                <numerusform>%n неизвестно (проверьте или повторите)</numerusform>
                <numerusform>%n неизвестно (проверьте или повторите)</numerusform>
            </translation>
        </message>
        <message>
            <source>no meters</source>
            <translation>нет счётчиков</translation>
        </message>
        <message>
            <source>not planned</source>
            <translation>не запланировано</translation>
        </message>
        <message>
            <source>cancelled by the operator before switching; nothing was sent</source>
            <translation>отменено оператором до переключения; ничего не отправлено</translation>
        </message>
        <message>
            <source>not switched, nothing written: %1</source>
            <translation>не переключено, ничего не записано: %1</translation>
        </message>
    </context>
    <context>
        <name>ims::control::SwitchScheduler</name>
        <message>
            <source>running</source>
            <translation>выполняется</translation>
        </message>
        <message>
            <source>schedule %1 "%2" (%3 at %4)</source>
            <translation>расписание %1 «%2» (%3 в %4)</translation>
        </message>
    </context>
    <context>
        <name>ims::engine::MeterSession</name>
        <message numerus="yes">
            <source>the visit took longer than %n minute(s)</source>
            <translation>
                <numerusform>опрос длился дольше %n минуты</numerusform>
                <numerusform>опрос длился дольше %n минут</numerusform>
                <numerusform>опрос длился дольше %n минут</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>ожидание</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>соединение</translation>
        </message>
        <message>
            <source>associating</source>
            <translation>установление ассоциации</translation>
        </message>
        <message>
            <source>checking identity and clock</source>
            <translation>проверка номера и часов</translation>
        </message>
        <message>
            <source>reading the load profile</source>
            <translation>чтение профиля мощности</translation>
        </message>
        <message>
            <source>reading daily registers</source>
            <translation>чтение суточных показаний</translation>
        </message>
        <message>
            <source>reading monthly registers</source>
            <translation>чтение месячных показаний</translation>
        </message>
        <message>
            <source>reading event journals</source>
            <translation>чтение журналов событий</translation>
        </message>
        <message>
            <source>reading energy registers</source>
            <translation>чтение регистров энергии</translation>
        </message>
        <message>
            <source>reading instantaneous values</source>
            <translation>чтение мгновенных значений</translation>
        </message>
        <message>
            <source>releasing</source>
            <translation>завершение ассоциации</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>завершено</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>the device answered too few values</source>
            <translation>устройство вернуло слишком мало значений</translation>
        </message>
        <message>
            <source>the meter at address %1 reports serial %2, not %3; nothing was read</source>
            <translation>счётчик по адресу %1 сообщает номер %2, а не %3; ничего не считано</translation>
        </message>
        <message>
            <source>clock</source>
            <translation>часы</translation>
        </message>
        <message>
            <source>clock: the device time is not valid</source>
            <translation>часы: время устройства недостоверно</translation>
        </message>
        <message>
            <source>clock correction</source>
            <translation>коррекция часов</translation>
        </message>
        <message>
            <source>scaler of %1: %2</source>
            <translation>множитель %1: %2</translation>
        </message>
        <message>
            <source>load profile</source>
            <translation>профиль нагрузки</translation>
        </message>
        <message>
            <source>daily registers</source>
            <translation>суточные показания</translation>
        </message>
        <message>
            <source>monthly registers</source>
            <translation>месячные показания</translation>
        </message>
        <message>
            <source>event journal %1</source>
            <translation>журнал событий %1</translation>
        </message>
        <message>
            <source>instantaneous values</source>
            <translation>мгновенные значения</translation>
        </message>
        <message>
            <source>energy registers</source>
            <translation>регистры энергии</translation>
        </message>
        <message>
            <source>prepayment account: %1</source>
            <translation>счёт предоплаты: %1</translation>
        </message>
    </context>
    <context>
        <name>ims::engine::RouterWorker</name>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>cannot reach router %1: %2</source>
            <translation>нет связи с УСПД %1: %2</translation>
        </message>
        <message>
            <source>attempt %1 failed: %2; will retry</source>
            <translation>попытка %1 не удалась: %2; будет повтор</translation>
        </message>
    </context>
    <context>
        <name>ims::hdlc</name>
        <message>
            <source>HDLC frame of %1 bytes exceeds 2047</source>
            <translation>кадр HDLC длиной %1 байт превышает 2047</translation>
        </message>
        <message>
            <source>HDLC address out of range</source>
            <translation>адрес HDLC вне допустимого диапазона</translation>
        </message>
    </context>
    <context>
        <name>ims::iec21::OpticalReader</name>
        <message>
            <source>No optical probe port was given.</source>
            <translation>Не указан порт оптической головки.</translation>
        </message>
        <message>
            <source>opening the probe %1</source>
            <translation>открытие оптической головки %1</translation>
        </message>
        <message>
            <source>The readout was cancelled.</source>
            <translation>Считывание отменено.</translation>
        </message>
        <message>
            <source>attempt %1 of %2: %3</source>
            <translation>попытка %1 из %2: %3</translation>
        </message>
        <message>
            <source>attempt %1 failed (%2); trying again</source>
            <translation>попытка %1 не удалась (%2); повтор</translation>
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
            <translation>Возникла</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Тревога</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Счётчик</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Квитирована</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::BalanceTableModel</name>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Head, kWh</source>
            <translation>Головной, кВт·ч</translation>
        </message>
        <message>
            <source>Members, kWh</source>
            <translation>Абоненты, кВт·ч</translation>
        </message>
        <message>
            <source>Losses, kWh</source>
            <translation>Потери, кВт·ч</translation>
        </message>
        <message>
            <source>Losses</source>
            <translation>Потери</translation>
        </message>
        <message>
            <source>Data complete</source>
            <translation>Полнота данных</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::EventListModel</name>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Счётчик</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>journal %1, code %2</source>
            <translation>журнал %1, код %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::FrameTraceModel</name>
        <message>
            <source>sent</source>
            <translation>отправлен</translation>
        </message>
        <message>
            <source>received</source>
            <translation>принят</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Канал</translation>
        </message>
        <message>
            <source>Decoded</source>
            <translation>Расшифровка</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Байты</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::MemberRankingModel</name>
        <message>
            <source>Meter</source>
            <translation>Счётчик</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Участок</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Абонент</translation>
        </message>
        <message>
            <source>Energy, kWh</source>
            <translation>Энергия, кВт·ч</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Доля</translation>
        </message>
        <message>
            <source>Recent change</source>
            <translation>Изменение за последние дни</translation>
        </message>
        <message>
            <source>Tamper events</source>
            <translation>События воздействия</translation>
        </message>
        <message>
            <source>Anomaly</source>
            <translation>Отклонение</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::MeterListModel</name>
        <message>
            <source>Active</source>
            <translation>Активен</translation>
        </message>
        <message>
            <source>Not responding</source>
            <translation>Не отвечает</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Не опрашивается</translation>
        </message>
        <message>
            <source>Decommissioned</source>
            <translation>Выведен из эксплуатации</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Заводской номер</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>УСПД</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Абонент</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Участок</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::PollProgressModel</name>
        <message>
            <source>Router %1</source>
            <translation>УСПД %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
        <message numerus="yes">
            <source>%n meter(s) being read</source>
            <translation>
                <numerusform>читается %n счётчик</numerusform>
                <numerusform>читаются %n счётчика</numerusform>
                <numerusform>читаются %n счётчиков</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retry(s)</source>
            <translation>
                <numerusform>%n повтор</numerusform>
                <numerusform>%n повтора</numerusform>
                <numerusform>%n повторов</numerusform>
            </translation>
        </message>
        <message>
            <source>link down</source>
            <translation>нет связи</translation>
        </message>
        <message numerus="yes">
            <source>%n meter(s) failed</source>
            <translation>
                <numerusform>%n счётчик не прочитан</numerusform>
                <numerusform>%n счётчика не прочитаны</numerusform>
                <numerusform>%n счётчиков не прочитаны</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 B sent, %2 B received</source>
            <translation>отправлено %1 Б, принято %2 Б</translation>
        </message>
        <message>
            <source>Meter %1</source>
            <translation>Счётчик %1</translation>
        </message>
        <message>
            <source>attempt %1</source>
            <translation>попытка %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message numerus="yes">
            <source>%n interval(s) read</source>
            <translation>
                <numerusform>прочитан %n интервал</numerusform>
                <numerusform>прочитано %n интервала</numerusform>
                <numerusform>прочитано %n интервалов</numerusform>
            </translation>
        </message>
        <message>
            <source>Router / meter</source>
            <translation>УСПД / счётчик</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ход опроса</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Текущий шаг</translation>
        </message>
        <message>
            <source>Attempt</source>
            <translation>Попытка</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Трафик</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>ожидание</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>соединение</translation>
        </message>
        <message>
            <source>logging in</source>
            <translation>вход в счётчик</translation>
        </message>
        <message>
            <source>checking the clock</source>
            <translation>проверка часов</translation>
        </message>
        <message>
            <source>reading the load profile</source>
            <translation>чтение профиля мощности</translation>
        </message>
        <message>
            <source>reading daily values</source>
            <translation>чтение суточных показаний</translation>
        </message>
        <message>
            <source>reading monthly values</source>
            <translation>чтение месячных показаний</translation>
        </message>
        <message>
            <source>reading events</source>
            <translation>чтение журналов событий</translation>
        </message>
        <message>
            <source>reading registers</source>
            <translation>чтение показаний</translation>
        </message>
        <message>
            <source>reading instantaneous values</source>
            <translation>чтение мгновенных значений</translation>
        </message>
        <message>
            <source>logging out</source>
            <translation>завершение сеанса</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>завершено</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>в очереди</translation>
        </message>
        <message>
            <source>reading</source>
            <translation>читается</translation>
        </message>
        <message>
            <source>done</source>
            <translation>прочитан</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>no error</source>
            <translation>без ошибок</translation>
        </message>
        <message>
            <source>the meter did not answer in time</source>
            <translation>счётчик не ответил вовремя</translation>
        </message>
        <message>
            <source>the connection to the router was lost</source>
            <translation>связь с УСПД потеряна</translation>
        </message>
        <message>
            <source>stopped by the operator</source>
            <translation>остановлено оператором</translation>
        </message>
        <message>
            <source>the meter refused the connection</source>
            <translation>счётчик отказал в соединении</translation>
        </message>
        <message>
            <source>the meter refused the login (password or keys?)</source>
            <translation>счётчик отказал во входе (пароль или ключи?)</translation>
        </message>
        <message>
            <source>security check failed (keys or counters)</source>
            <translation>ошибка проверки защиты (ключи или счётчики вызовов)</translation>
        </message>
        <message>
            <source>the meter refused a request</source>
            <translation>счётчик отклонил запрос</translation>
        </message>
        <message>
            <source>the meter does not support a request</source>
            <translation>счётчик не поддерживает запрос</translation>
        </message>
        <message>
            <source>garbled answer (line noise?)</source>
            <translation>искажённый ответ (помехи на линии?)</translation>
        </message>
        <message>
            <source>the readings could not be saved</source>
            <translation>показания не удалось сохранить</translation>
        </message>
        <message>
            <source>the meter is not configured</source>
            <translation>счётчик не настроен</translation>
        </message>
        <message>
            <source>internal error</source>
            <translation>внутренняя ошибка</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>неизвестная ошибка</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::ProfileTableModel</name>
        <message>
            <source>invalid</source>
            <translation>недостоверно</translation>
        </message>
        <message>
            <source>clock set</source>
            <translation>коррекция часов</translation>
        </message>
        <message>
            <source>power down</source>
            <translation>отключение питания</translation>
        </message>
        <message>
            <source>incomplete</source>
            <translation>неполный</translation>
        </message>
        <message>
            <source>rounded</source>
            <translation>округлено</translation>
        </message>
        <message>
            <source>Interval end</source>
            <translation>Конец интервала</translation>
        </message>
        <message>
            <source>A+, kWh</source>
            <translation>A+, кВт·ч</translation>
        </message>
        <message>
            <source>A−, kWh</source>
            <translation>A−, кВт·ч</translation>
        </message>
        <message>
            <source>R+, kvarh</source>
            <translation>R+, квар·ч</translation>
        </message>
        <message>
            <source>R−, kvarh</source>
            <translation>R−, квар·ч</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
    </context>
    <context>
        <name>ims::itemmodels::TopologyModel</name>
        <message>
            <source>%1, address %2</source>
            <translation>%1, адрес %2</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Наименование</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Tariff plan</source>
            <translation>Тарифный план</translation>
        </message>
    </context>
    <context>
        <name>ims::link::BorrowedLink</name>
        <message>
            <source>the shared connection is gone</source>
            <translation>общее соединение закрыто</translation>
        </message>
        <message>
            <source>closed shared connection</source>
            <translation>закрытое общее соединение</translation>
        </message>
    </context>
    <context>
        <name>ims::link::Link</name>
        <message>
            <source>%1: cannot write, the link is not open</source>
            <translation>%1: запись невозможна, канал не открыт</translation>
        </message>
    </context>
    <context>
        <name>ims::link::MemoryLink</name>
        <message>
            <source>%1: the far end no longer exists</source>
            <translation>%1: удалённая сторона больше не существует</translation>
        </message>
        <message>
            <source>%1: the far end closed the link</source>
            <translation>%1: удалённая сторона закрыла канал</translation>
        </message>
    </context>
    <context>
        <name>ims::link::PtyEndpoint</name>
        <message>
            <source>pty %1: write failed: %2</source>
            <translation>pty %1: ошибка записи: %2</translation>
        </message>
        <message>
            <source>pty %1: the slave side is closed (%2)</source>
            <translation>pty %1: подчинённая сторона закрыта (%2)</translation>
        </message>
    </context>
    <context>
        <name>ims::link::SerialLink</name>
        <message>
            <source>%1: baud rate %2 is outside %3..%4</source>
            <translation>%1: скорость обмена %2 вне диапазона %3..%4</translation>
        </message>
        <message>
            <source>%1: %2 data bits; only 7 or 8 are supported</source>
            <translation>%1: битов данных — %2; поддерживается только 7 или 8</translation>
        </message>
        <message>
            <source>%1: %2 stop bits; only 1 or 2 are supported</source>
            <translation>%1: стоп-битов — %2; поддерживается только 1 или 2</translation>
        </message>
        <message>
            <source>%1: the inter-frame gap must be 0..%2 ms</source>
            <translation>%1: межкадровый интервал должен быть 0..%2 мс</translation>
        </message>
        <message>
            <source>%1: the port refused the %2: %3</source>
            <translation>%1: порт не принял %2: %3</translation>
        </message>
        <message>
            <source>baud rate</source>
            <translation>скорость обмена</translation>
        </message>
        <message>
            <source>character format %1</source>
            <translation>формат символа %1</translation>
        </message>
        <message>
            <source>stop bits</source>
            <translation>число стоп-битов</translation>
        </message>
        <message>
            <source>flow control</source>
            <translation>управление потоком</translation>
        </message>
        <message>
            <source>no such device</source>
            <translation>нет такого устройства</translation>
        </message>
        <message>
            <source>permission denied or in use by another program</source>
            <translation>нет доступа или порт занят другой программой</translation>
        </message>
        <message>
            <source>already open</source>
            <translation>уже открыт</translation>
        </message>
        <message>
            <source>cannot open</source>
            <translation>не удалось открыть</translation>
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
            <translation>%1: сбой устройства или оно отключено (%2)</translation>
        </message>
    </context>
    <context>
        <name>ims::link::TcpLink</name>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: ошибка записи: %2</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>в соединении отказано</translation>
        </message>
        <message>
            <source>host not found</source>
            <translation>хост не найден</translation>
        </message>
        <message>
            <source>network unreachable</source>
            <translation>сеть недоступна</translation>
        </message>
        <message>
            <source>cannot connect</source>
            <translation>не удалось подключиться</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1: the remote end closed the connection</source>
            <translation>%1: удалённая сторона закрыла соединение</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: no connection within %n ms</source>
            <translation>
                <numerusform>%1: соединение не установлено за %n мс</numerusform>
                <numerusform>%1: соединение не установлено за %n мс</numerusform>
                <numerusform>%1: соединение не установлено за %n мс</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ims::sim::SimNetwork</name>
        <message>
            <source>between 1 router and 12,000 meters per router, please</source>
            <translation>нужен хотя бы 1 УСПД и не более 12 000 счётчиков на УСПД</translation>
        </message>
        <message>
            <source>cannot create the link %1 to %2</source>
            <translation>не удалось создать ссылку %1 на %2</translation>
        </message>
        <message>
            <source>the network has no meter with serial number %1</source>
            <translation>в сети нет счётчика с заводским номером %1</translation>
        </message>
        <message>
            <source>the network has no router %1</source>
            <translation>в сети нет маршрутизатора %1</translation>
        </message>
        <message>
            <source>router %1 has no meter at physical address %2</source>
            <translation>у маршрутизатора %1 нет счётчика с физическим адресом %2</translation>
        </message>
    </context>
    <context>
        <name>ims::sim::SocketLink</name>
        <message>
            <source>%1: the connection is gone</source>
            <translation>%1: соединение потеряно</translation>
        </message>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: ошибка записи: %2</translation>
        </message>
        <message>
            <source>%1: the client closed the connection</source>
            <translation>%1: клиент закрыл соединение</translation>
        </message>
    </context>
    <context>
        <name>ims::storage::StorageWriter</name>
        <message>
            <source>the storage writer is not running</source>
            <translation>модуль записи в хранилище не запущен</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::AlarmBanner</name>
        <message>
            <source>Show alarms</source>
            <translation>Показать тревоги</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message numerus="yes">
            <source>%n new critical alarm(s). Latest: %1</source>
            <translation>
                <numerusform>%n новая критическая тревога. Последняя: %1</numerusform>
                <numerusform>%n новые критические тревоги. Последняя: %1</numerusform>
                <numerusform>%n новых критических тревог. Последняя: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ims::ui::AlarmWatch</name>
        <message>
            <source>%1 — meter %2</source>
            <translation>%1 — счётчик %2</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::AlarmsView</name>
        <message>
            <source>Only unacknowledged</source>
            <translation>Только неквитированные</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Квитировать</translation>
        </message>
        <message>
            <source>All severities</source>
            <translation>Все уровни</translation>
        </message>
        <message>
            <source>Warnings and critical</source>
            <translation>Предупреждения и критические</translation>
        </message>
        <message>
            <source>Critical only</source>
            <translation>Только критические</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <source>Last 24 hours</source>
            <translation>За последние 24 часа</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>За последние 7 дней</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>За последние 30 дней</translation>
        </message>
        <message>
            <source>Mark the selected alarms as seen, with your name and the time</source>
            <translation>Отметить выбранные тревоги как просмотренные, с вашим именем и временем</translation>
        </message>
        <message>
            <source>All journals</source>
            <translation>Все журналы</translation>
        </message>
        <message>
            <source>All meters</source>
            <translation>Все счётчики</translation>
        </message>
        <message>
            <source>Alarms</source>
            <translation>Тревоги</translation>
        </message>
        <message>
            <source>Meter events</source>
            <translation>События счётчиков</translation>
        </message>
        <message>
            <source>Events of one meter</source>
            <translation>События одного счётчика</translation>
        </message>
        <message>
            <source>Events of all meters</source>
            <translation>События всех счётчиков</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::AnnualDateEdit</name>
        <message>
            <source>every year</source>
            <translation>каждый год</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::BalanceView</name>
        <message>
            <source>Rank by share</source>
            <translation>По доле потребления</translation>
        </message>
        <message>
            <source>Rank by anomaly</source>
            <translation>По отклонениям</translation>
        </message>
        <message>
            <source>Balance group:</source>
            <translation>Балансная группа:</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Месяц:</translation>
        </message>
        <message>
            <source>By day</source>
            <translation>По суткам</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>По месяцам</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n member(s))</source>
            <translation>
                <numerusform>%1 (%n абонент)</numerusform>
                <numerusform>%1 (%n абонента)</numerusform>
                <numerusform>%1 (%n абонентов)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, %2 (%n member(s))</source>
            <translation>
                <numerusform>%1, %2 (%n абонент)</numerusform>
                <numerusform>%1, %2 (%n абонента)</numerusform>
                <numerusform>%1, %2 (%n абонентов)</numerusform>
            </translation>
        </message>
        <message>
            <source>No balance groups configured yet.</source>
            <translation>Балансные группы ещё не настроены.</translation>
        </message>
        <message>
            <source>Computing the balance…</source>
            <translation>Расчёт баланса…</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: head %2, members %3, &lt;b&gt;losses %4 (%5)&lt;/b&gt;. Members over %8 – %9: %6 of %7 look unusual.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: головной %2, абоненты %3, &lt;b&gt;потери %4 (%5)&lt;/b&gt;. Абоненты за %8 – %9: отклонения у %6 из %7.</translation>
        </message>
        <message>
            <source>no head data</source>
            <translation>нет данных головного счётчика</translation>
        </message>
        <message>
            <source>Head vs members per day, and losses</source>
            <translation>Головной счётчик и сумма абонентов по суткам, потери</translation>
        </message>
        <message>
            <source>kWh per day</source>
            <translation>кВт·ч в сутки</translation>
        </message>
        <message>
            <source>losses, %</source>
            <translation>потери, %</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Головной</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Абоненты</translation>
        </message>
        <message>
            <source>Losses, %</source>
            <translation>Потери, %</translation>
        </message>
        <message>
            <source>Relays</source>
            <translation>Реле</translation>
        </message>
        <message>
            <source>Disconnect or reconnect every member of this balance group</source>
            <translation>Отключить или подключить всех членов этой балансовой группы</translation>
        </message>
        <message>
            <source>Disconnect all meters…</source>
            <translation>Отключить все счётчики…</translation>
        </message>
        <message>
            <source>Reconnect all meters…</source>
            <translation>Подключить все счётчики…</translation>
        </message>
        <message>
            <source>Switch schedules…</source>
            <translation>Расписания переключений…</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::CommissioningDialog</name>
        <message>
            <source>bound</source>
            <translation>привязан</translation>
        </message>
        <message>
            <source>will bind</source>
            <translation>будет привязан</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>пропущен</translation>
        </message>
        <message>
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>&amp;Load CSV…</source>
            <translation>&amp;Загрузить CSV…</translation>
        </message>
        <message>
            <source>Skip meters the database does not have</source>
            <translation>Пропускать счётчики, которых нет в базе</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Применить</translation>
        </message>
        <message>
            <source>Commissioning</source>
            <translation>Ввод в эксплуатацию</translation>
        </message>
        <message>
            <source>Router / serial</source>
            <translation>УСПД / заводской номер</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Абонент</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Участок</translation>
        </message>
        <message>
            <source>CT</source>
            <translation>ТТ</translation>
        </message>
        <message>
            <source>VT</source>
            <translation>ТН</translation>
        </message>
        <message>
            <source>Balance groups</source>
            <translation>Балансовые группы</translation>
        </message>
        <message>
            <source>No file loaded. Columns: %1</source>
            <translation>Файл не загружен. Столбцы: %1</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Заводской номер</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>Loading the meters…</source>
            <translation>Загрузка счётчиков…</translation>
        </message>
        <message>
            <source>Without a router</source>
            <translation>Без УСПД</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Commissioning file</source>
            <translation>Файл ввода в эксплуатацию</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>Проверка файла…</translation>
        </message>
        <message>
            <source>The file cannot be applied: %1. Nothing will be changed until every line is right.</source>
            <translation>Файл нельзя применить: %1. Ничего не будет изменено, пока все строки не исправлены.</translation>
        </message>
        <message>
            <source>%1 meter(s) will be bound, %2 unchanged, %3 skipped; %4 subscriber(s) and %5 balance group(s) will be created.</source>
            <translation>Будет привязано счётчиков: %1, без изменений: %2, пропущено: %3; будет создано абонентов: %4, балансовых групп: %5.</translation>
        </message>
        <message>
            <source>The database already says what the file says.</source>
            <translation>В базе уже записано то же, что в файле.</translation>
        </message>
        <message>
            <source>Binding the meters…</source>
            <translation>Привязка счётчиков…</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Ничего не изменено.</translation>
        </message>
        <message>
            <source>%1 meter(s) bound; %2 subscriber(s) and %3 balance group(s) created.</source>
            <translation>Привязано счётчиков: %1; создано абонентов: %2, балансовых групп: %3.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::DayProfileEditor</name>
        <message>
            <source>Add switch time</source>
            <translation>Добавить время переключения</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>tariff</source>
            <translation>тариф</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::DayProfilesEditor</name>
        <message>
            <source>Add day profile</source>
            <translation>Добавить суточный профиль</translation>
        </message>
        <message>
            <source>Remove day profile</source>
            <translation>Удалить суточный профиль</translation>
        </message>
        <message>
            <source>Day profile %1</source>
            <translation>Суточный профиль %1</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::EnergyZoneRows</name>
        <message>
            <source>Add zone</source>
            <translation>Добавить зону</translation>
        </message>
        <message>
            <source>e.g. 150 or 150.5</source>
            <translation>например, 150 или 150,5</translation>
        </message>
        <message>
            <source>from</source>
            <translation>от</translation>
        </message>
        <message>
            <source>kWh in the billing period, tariff</source>
            <translation>кВт·ч за расчётный период, тариф</translation>
        </message>
        <message>
            <source>energy zone %1: %2</source>
            <translation>энергетическая зона %1: %2</translation>
        </message>
        <message>
            <source>A meter has at most %1 energy zones.</source>
            <translation>У счётчика не более %1 энергетических зон.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::EnergyZonesEditor</name>
        <message>
            <source>Penalty tariff after tampering</source>
            <translation>Штрафной тариф после вскрытия</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::FrameTraceView</name>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>All links</source>
            <translation>Все каналы</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <source>Link:</source>
            <translation>Канал:</translation>
        </message>
        <message>
            <source>Paused: %1 frames held back</source>
            <translation>Пауза: задержано кадров: %1</translation>
        </message>
        <message>
            <source>Keeps the last %1 frames</source>
            <translation>Хранятся последние %1 кадров</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::GroupSwitchFlow</name>
        <message>
            <source>Group switching</source>
            <translation>Групповое переключение</translation>
        </message>
        <message>
            <source>A group switch is already in progress.</source>
            <translation>Групповое переключение уже выполняется.</translation>
        </message>
        <message>
            <source>Relays cannot be switched: the polling engine is not running.</source>
            <translation>Реле нельзя переключить: механизм опроса не запущен.</translation>
        </message>
        <message>
            <source>Disconnect all meters</source>
            <translation>Отключить все счётчики</translation>
        </message>
        <message>
            <source>Reconnect all meters</source>
            <translation>Подключить все счётчики</translation>
        </message>
        <message>
            <source>No meter of %1 can be switched through a router.</source>
            <translation>Ни один счётчик объекта %1 нельзя переключить через маршрутизатор.</translation>
        </message>
        <message>
            <source>No meter to switch in %1.</source>
            <translation>В %1 нет счётчиков для переключения.</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 и ещё %n</numerusform>
                <numerusform>%1 и ещё %n</numerusform>
                <numerusform>%1 и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Disconnect the load relay of %n meter(s) of %1?</source>
            <translation>
                <numerusform>Разомкнуть реле нагрузки %n счётчика объекта %1?</numerusform>
                <numerusform>Разомкнуть реле нагрузки %n счётчиков объекта %1?</numerusform>
                <numerusform>Разомкнуть реле нагрузки %n счётчиков объекта %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reconnect the load relay of %n meter(s) of %1?</source>
            <translation>
                <numerusform>Замкнуть реле нагрузки %n счётчика объекта %1?</numerusform>
                <numerusform>Замкнуть реле нагрузки %n счётчиков объекта %1?</numerusform>
                <numerusform>Замкнуть реле нагрузки %n счётчиков объекта %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Meters: %1</source>
            <translation>Счётчики: %1</translation>
        </message>
        <message>
            <source>The subscribers lose power until their meters are reconnected.</source>
            <translation>Абоненты останутся без питания, пока их счётчики не будут подключены.</translation>
        </message>
        <message>
            <source>Meters set for manual reconnection wait for the subscriber's button.</source>
            <translation>Счётчики с ручным подключением ждут нажатия кнопки абонентом.</translation>
        </message>
        <message>
            <source>Group switching of %1 was not confirmed.</source>
            <translation>Групповое переключение %1 не подтверждено.</translation>
        </message>
        <message>
            <source>Disconnecting %1</source>
            <translation>Отключение: %1</translation>
        </message>
        <message>
            <source>Reconnecting %1</source>
            <translation>Подключение: %1</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for the first meter (%n in all)…</source>
            <translation>
                <numerusform>Ожидание первого счётчика (всего %n)…</numerusform>
                <numerusform>Ожидание первого счётчика (всего %n)…</numerusform>
                <numerusform>Ожидание первого счётчика (всего %n)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>%1 of %2 — meter %3: %4</source>
            <translation>%1 из %2 — счётчик %3: %4</translation>
        </message>
        <message>
            <source>Finished: %1</source>
            <translation>Завершено: %1</translation>
        </message>
        <message>
            <source>Not switched: %1</source>
            <translation>Не переключено: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::LoadProfileView</name>
        <message>
            <source>Day (30 min)</source>
            <translation>Сутки (30 мин)</translation>
        </message>
        <message>
            <source>Week (hourly)</source>
            <translation>Неделя (по часам)</translation>
        </message>
        <message>
            <source>Month (6 hours)</source>
            <translation>Месяц (по 6 часов)</translation>
        </message>
        <message>
            <source>Year (daily)</source>
            <translation>Год (по суткам)</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Раньше</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
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
            <translation>Сохранить график как изображение</translation>
        </message>
        <message>
            <source>Save the values as CSV (exact decimals)</source>
            <translation>Сохранить значения в CSV (точные десятичные)</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Сохранить график</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Изображения PNG (*.png)</translation>
        </message>
        <message>
            <source>Save values</source>
            <translation>Сохранить значения</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Meter %1</source>
            <translation>Счётчик %1</translation>
        </message>
        <message>
            <source>Finding the newest data…</source>
            <translation>Поиск последних данных…</translation>
        </message>
        <message numerus="yes">
            <source>Group %1: members (%n meter(s))</source>
            <translation>
                <numerusform>Группа %1: абоненты (%n счётчик)</numerusform>
                <numerusform>Группа %1: абоненты (%n счётчика)</numerusform>
                <numerusform>Группа %1: абоненты (%n счётчиков)</numerusform>
            </translation>
        </message>
        <message>
            <source>Group %1: head</source>
            <translation>Группа %1: головной счётчик</translation>
        </message>
        <message>
            <source>Router %1: all meters</source>
            <translation>УСПД %1: все счётчики</translation>
        </message>
        <message>
            <source>Loading the load profile…</source>
            <translation>Загрузка профиля мощности…</translation>
        </message>
        <message>
            <source>kWh, kvarh per 30 min</source>
            <translation>кВт·ч, квар·ч за 30 мин</translation>
        </message>
        <message>
            <source>kWh, kvarh per hour</source>
            <translation>кВт·ч, квар·ч за час</translation>
        </message>
        <message>
            <source>kWh, kvarh per 6 hours</source>
            <translation>кВт·ч, квар·ч за 6 часов</translation>
        </message>
        <message>
            <source>kWh, kvarh per day</source>
            <translation>кВт·ч, квар·ч за сутки</translation>
        </message>
        <message>
            <source>%1: %2 %3</source>
            <translation>%1: %2 %3</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>кВт·ч</translation>
        </message>
        <message>
            <source>kvarh</source>
            <translation>квар·ч</translation>
        </message>
        <message>
            <source>No data in this period.</source>
            <translation>За этот период данных нет.</translation>
        </message>
        <message numerus="yes">
            <source>Totals for the period — %1. Buckets with data: %2 of %3 (%n meter(s)).</source>
            <translation>
                <numerusform>Итого за период — %1. Точек с данными: %2 из %3 (%n счётчик).</numerusform>
                <numerusform>Итого за период — %1. Точек с данными: %2 из %3 (%n счётчика).</numerusform>
                <numerusform>Итого за период — %1. Точек с данными: %2 из %3 (%n счётчиков).</numerusform>
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
            <translation>(неполные данные: %1 из %2 интервалов)</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>нет данных</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::MainWindow</name>
        <message>
            <source>ImsDesk — metering workstation</source>
            <translation>ImsDesk — АРМ учёта электроэнергии</translation>
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
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Настройки</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English (английский)</translation>
        </message>
        <message>
            <source>The language changes when ImsDesk is started again.</source>
            <translation>Язык сменится при следующем запуске ImsDesk.</translation>
        </message>
        <message>
            <source>Network map</source>
            <translation>Карта сети</translation>
        </message>
        <message>
            <source>Meter card</source>
            <translation>Карточка счётчика</translation>
        </message>
        <message>
            <source>Load profile</source>
            <translation>Профиль мощности</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Баланс</translation>
        </message>
        <message>
            <source>Alarms and events</source>
            <translation>Тревоги и события</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Загрузка…</translation>
        </message>
        <message>
            <source>Installation</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Polling</source>
            <translation>Опрос</translation>
        </message>
        <message>
            <source>Frame trace</source>
            <translation>Трассировка кадров</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>%1: connected</source>
            <translation>%1: на связи</translation>
        </message>
        <message>
            <source>%1: no connection</source>
            <translation>%1: нет связи</translation>
        </message>
        <message>
            <source>No open alarms</source>
            <translation>Неквитированных тревог нет</translation>
        </message>
        <message numerus="yes">
            <source>%n unacknowledged alarm(s)</source>
            <translation>
                <numerusform>%n неквитированная тревога</numerusform>
                <numerusform>%n неквитированные тревоги</numerusform>
                <numerusform>%n неквитированных тревог</numerusform>
            </translation>
        </message>
        <message>
            <source>no database is open</source>
            <translation>база данных не открыта</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>не удалось создать папку %1</translation>
        </message>
        <message>
            <source>the views did not finish loading</source>
            <translation>представления не успели загрузиться</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>не удалось записать %1</translation>
        </message>
        <message>
            <source>Open a database first: readings are stored in it.</source>
            <translation>Сначала откройте базу данных: показания сохраняются в неё.</translation>
        </message>
        <message>
            <source>Read a meter through the &amp;optical port...</source>
            <translation>Считать счётчик через &amp;оптический порт...</translation>
        </message>
        <message>
            <source>No database is open. Start ImsDesk with --db FILE to open a workstation database, or try the demo substation: a simulated SNT network of 120 meters is commissioned and polled in seconds, and keeps running while the window is open.</source>
            <translation>База данных не открыта. Запустите ImsDesk с параметром --db ФАЙЛ, чтобы открыть базу рабочего места, или попробуйте демонстрационную подстанцию: имитируемая сеть СНТ из 120 счётчиков вводится в эксплуатацию и опрашивается за секунды и продолжает работать, пока открыто окно.</translation>
        </message>
        <message>
            <source>Start the demo substation</source>
            <translation>Запустить демонстрационную подстанцию</translation>
        </message>
        <message>
            <source>Commissioning…</source>
            <translation>Ввод в эксплуатацию…</translation>
        </message>
        <message>
            <source>Open a database first: commissioning binds its meters.</source>
            <translation>Сначала откройте базу данных: при вводе в эксплуатацию привязываются её счётчики.</translation>
        </message>
        <message>
            <source>%1 of %2 links connected</source>
            <translation>подключено каналов: %1 из %2</translation>
        </message>
        <message>
            <source>&amp;Tariff plan of the meter…</source>
            <translation>&amp;Тарифное расписание счётчика…</translation>
        </message>
        <message>
            <source>Choose a meter first: the plan is written to it.</source>
            <translation>Сначала выберите счётчик: расписание записывается в него.</translation>
        </message>
        <message>
            <source>Group switching: %1</source>
            <translation>Групповое переключение: %1</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::MeterCardView</name>
        <message>
            <source>now</source>
            <translation>текущие</translation>
        </message>
        <message>
            <source>start of day</source>
            <translation>на начало суток</translation>
        </message>
        <message>
            <source>start of month</source>
            <translation>на начало месяца</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>success</source>
            <translation>успешно</translation>
        </message>
        <message>
            <source>partly read</source>
            <translation>прочитан частично</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>No meter chosen</source>
            <translation>Счётчик не выбран</translation>
        </message>
        <message>
            <source>Read now</source>
            <translation>Опросить сейчас</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Величина</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Измерено</translation>
        </message>
        <message>
            <source>Interval end</source>
            <translation>Конец интервала</translation>
        </message>
        <message>
            <source>A+, kWh</source>
            <translation>A+, кВт·ч</translation>
        </message>
        <message>
            <source>A-, kWh</source>
            <translation>A-, кВт·ч</translation>
        </message>
        <message>
            <source>R+, kvarh</source>
            <translation>R+, квар·ч</translation>
        </message>
        <message>
            <source>R-, kvarh</source>
            <translation>R-, квар·ч</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Способ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Оператор</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Intervals</source>
            <translation>Интервалы</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Принято</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <source>How it is reached</source>
            <translation>Связь со счётчиком</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Registers per tariff</source>
            <translation>Показания по тарифам</translation>
        </message>
        <message>
            <source>Instantaneous values</source>
            <translation>Мгновенные значения</translation>
        </message>
        <message>
            <source>Last readings</source>
            <translation>Последние интервалы</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>События</translation>
        </message>
        <message>
            <source>Manual readings</source>
            <translation>Ручные показания</translation>
        </message>
        <message>
            <source>Polling sessions</source>
            <translation>Сеансы опроса</translation>
        </message>
        <message>
            <source>Loading the meter card…</source>
            <translation>Загрузка карточки счётчика…</translation>
        </message>
        <message>
            <source>Meter %1</source>
            <translation>Счётчик %1</translation>
        </message>
        <message>
            <source>%1 (account %2)</source>
            <translation>%1 (лицевой счёт %2)</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Заводской номер</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Фазность</translation>
        </message>
        <message>
            <source>Current transformer</source>
            <translation>Трансформатор тока</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Voltage transformer</source>
            <translation>Трансформатор напряжения</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Установлен</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>Участок</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Абонент</translation>
        </message>
        <message>
            <source>Tariff plan</source>
            <translation>Тарифное расписание</translation>
        </message>
        <message>
            <source>optical port only</source>
            <translation>только оптический порт</translation>
        </message>
        <message>
            <source>no router</source>
            <translation>без УСПД</translation>
        </message>
        <message>
            <source>repeater %1</source>
            <translation>ретранслятор %1</translation>
        </message>
        <message>
            <source>→ (%1 %) →</source>
            <translation>→ (%1 %) →</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>УСПД</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Physical address</source>
            <translation>Физический адрес</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Маршрут</translation>
        </message>
        <message>
            <source>Hops</source>
            <translation>Число участков</translation>
        </message>
        <message>
            <source>Route reported</source>
            <translation>Маршрут получен</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>closed (consumer connected)</source>
            <translation>включено (потребитель подключён)</translation>
        </message>
        <message>
            <source>OPEN (consumer disconnected)</source>
            <translation>ОТКЛЮЧЕНО (потребитель отключён)</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>ещё не проверялись</translation>
        </message>
        <message>
            <source>%1 (checked %2)</source>
            <translation>%1 (проверено %2)</translation>
        </message>
        <message>
            <source>never polled</source>
            <translation>ещё не опрашивался</translation>
        </message>
        <message>
            <source>%1 sessions: %2 ok, %3 partial, %4 failed</source>
            <translation>сеансов: %1; успешно %2, частично %3, с ошибкой %4</translation>
        </message>
        <message>
            <source>Load relay</source>
            <translation>Реле нагрузки</translation>
        </message>
        <message>
            <source>Clock deviation</source>
            <translation>Расхождение часов</translation>
        </message>
        <message>
            <source>Polling</source>
            <translation>Опрос</translation>
        </message>
        <message>
            <source>Last success</source>
            <translation>Последний успешный</translation>
        </message>
        <message>
            <source>Last failure</source>
            <translation>Последняя ошибка</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Трафик</translation>
        </message>
        <message>
            <source>%1 sent, %2 received, %3 per session</source>
            <translation>отправлено %1, принято %2, %3 на сеанс</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Зафиксировано</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>T%1</source>
            <translation>Т%1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>optical probe</source>
            <translation>оптический порт</translation>
        </message>
        <message>
            <source>typed from the display</source>
            <translation>введено с дисплея</translation>
        </message>
        <message>
            <source>Tariff plan…</source>
            <translation>Тарифное расписание…</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::NetworkMapPanel</name>
        <message>
            <source>Find serial or address</source>
            <translation>Поиск по номеру или адресу</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Приблизить</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Отдалить</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Вся сеть</translation>
        </message>
        <message>
            <source>Show the whole network</source>
            <translation>Показать всю сеть</translation>
        </message>
        <message>
            <source>Router:</source>
            <translation>УСПД:</translation>
        </message>
        <message>
            <source>Lines: link quality, red (poor) to green (good); dashed: unknown.</source>
            <translation>Линии: качество связи, от красного (плохо) до зелёного (хорошо); пунктир — неизвестно.</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n meter(s))</source>
            <translation>
                <numerusform>%1 (%n счётчик)</numerusform>
                <numerusform>%1 (%n счётчика)</numerusform>
                <numerusform>%1 (%n счётчиков)</numerusform>
            </translation>
        </message>
        <message>
            <source>No routers configured yet.</source>
            <translation>УСПД ещё не настроены.</translation>
        </message>
        <message>
            <source>Loading the network…</source>
            <translation>Загрузка сети…</translation>
        </message>
        <message>
            <source>%1, address %2</source>
            <translation>%1, адрес %2</translation>
        </message>
        <message>
            <source>Repeater at address %1 (not a meter of this router)</source>
            <translation>Ретранслятор с адресом %1 (не счётчик этого УСПД)</translation>
        </message>
        <message>
            <source>Link quality %1 %</source>
            <translation>Качество связи %1 %</translation>
        </message>
        <message>
            <source>Link quality unknown</source>
            <translation>Качество связи неизвестно</translation>
        </message>
        <message numerus="yes">
            <source>%n hop(s) from the router</source>
            <translation>
                <numerusform>%n участок от УСПД</numerusform>
                <numerusform>%n участка от УСПД</numerusform>
                <numerusform>%n участков от УСПД</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 meters, up to %3 hops, %4 need attention</source>
            <translation>%1: счётчиков %2, участков до %3, требуют внимания %4</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::OpticalReadDialog</name>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Store the reading in the database</source>
            <translation>Сохранить показания в базе данных</translation>
        </message>
        <message>
            <source>Read meter</source>
            <translation>Считать счётчик</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Create the meter and store</source>
            <translation>Создать счётчик и сохранить</translation>
        </message>
        <message>
            <source>Read meter through the optical port</source>
            <translation>Считывание счётчика через оптопорт</translation>
        </message>
        <message>
            <source>The serial port of the optical probe, as the system names it (USB probes: /dev/ttyUSB0, COM3).</source>
            <translation>Последовательный порт оптической головки в том виде, как его называет система (USB-головки: /dev/ttyUSB0, COM3).</translation>
        </message>
        <message>
            <source>Automatic (from the meter's identification)</source>
            <translation>Автоматически (по идентификации счётчика)</translation>
        </message>
        <message>
            <source>IEC 62056-21 standard</source>
            <translation>Стандарт МЭК 62056-21</translation>
        </message>
        <message>
            <source>Energomera CE</source>
            <translation>Энергомера CE</translation>
        </message>
        <message>
            <source>Neva MT / Taipit</source>
            <translation>Нева МТ / Тайпит</translation>
        </message>
        <message>
            <source>optional: the meter's serial number</source>
            <translation>необязательно: заводской номер счётчика</translation>
        </message>
        <message>
            <source>optional: factory default</source>
            <translation>необязательно: заводской по умолчанию</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Регистр</translation>
        </message>
        <message>
            <source>Probe port:</source>
            <translation>Порт головки:</translation>
        </message>
        <message>
            <source>Meter type:</source>
            <translation>Тип счётчика:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Адрес:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Put the probe on the meter's optical port and press "Read meter".</source>
            <translation>Установите оптическую головку на оптопорт счётчика и нажмите «Считать счётчик».</translation>
        </message>
        <message>
            <source>Choose the port of the optical probe first.</source>
            <translation>Сначала выберите порт оптической головки.</translation>
        </message>
        <message>
            <source>Reading the meter through %1…</source>
            <translation>Считывание счётчика через %1…</translation>
        </message>
        <message numerus="yes">
            <source>Read %n value(s) from meter %1 (%2).</source>
            <translation>
                <numerusform>Считано %n значение счётчика %1 (%2).</numerusform>
                <numerusform>Считано %n значения счётчика %1 (%2).</numerusform>
                <numerusform>Считано %n значений счётчика %1 (%2).</numerusform>
            </translation>
        </message>
        <message>
            <source>without a serial number</source>
            <translation>без заводского номера</translation>
        </message>
        <message>
            <source>Not read: %1.</source>
            <translation>Не считаны: %1.</translation>
        </message>
        <message>
            <source>The readout was cancelled.</source>
            <translation>Считывание отменено.</translation>
        </message>
        <message>
            <source>Check the probe and press "Read meter" to try again.</source>
            <translation>Проверьте оптическую головку и нажмите «Считать счётчик», чтобы повторить.</translation>
        </message>
        <message>
            <source>Storing…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <source>Meter %1 is not in the database. Create it as a meter read through the optical port only and store this reading?</source>
            <translation>Счётчика %1 нет в базе данных. Создать его как счётчик, считываемый только через оптопорт, и сохранить эти показания?</translation>
        </message>
        <message>
            <source>Meter %1 is not in the database; the reading is not stored yet.</source>
            <translation>Счётчика %1 нет в базе данных; показания пока не сохранены.</translation>
        </message>
        <message numerus="yes">
            <source>Stored %n value(s) as a manual optical reading of the new meter %1.</source>
            <translation>
                <numerusform>Сохранено %n значение — ручные показания через оптопорт нового счётчика %1.</numerusform>
                <numerusform>Сохранено %n значения — ручные показания через оптопорт нового счётчика %1.</numerusform>
                <numerusform>Сохранено %n значений — ручные показания через оптопорт нового счётчика %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stored %n value(s) as a manual optical reading of meter %1.</source>
            <translation>
                <numerusform>Сохранено %n значение — ручные показания через оптопорт счётчика %1.</numerusform>
                <numerusform>Сохранено %n значения — ручные показания через оптопорт счётчика %1.</numerusform>
                <numerusform>Сохранено %n значений — ручные показания через оптопорт счётчика %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The reading was not stored: %1</source>
            <translation>Показания не сохранены: %1</translation>
        </message>
        <message>
            <source>The meter's password: for programming mode (P1), or for DLMS meters read through mode E the meter reader's password (LLS).</source>
            <translation>Пароль счётчика: для режима программирования (P1), а для DLMS-счётчиков, читаемых через режим E, — пароль считывателя (LLS).</translation>
        </message>
        <message>
            <source>Read through DLMS (mode E at %1 baud).</source>
            <translation>Прочитано через DLMS (режим E на %1 бод).</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::PaymentBox</name>
        <message>
            <source>Prepayment</source>
            <translation>Предоплата</translation>
        </message>
        <message>
            <source>Read balance</source>
            <translation>Прочитать баланс</translation>
        </message>
        <message>
            <source>Top up…</source>
            <translation>Пополнить…</translation>
        </message>
        <message>
            <source>Thresholds…</source>
            <translation>Пороги…</translation>
        </message>
        <message>
            <source>Mode…</source>
            <translation>Режим…</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Баланс</translation>
        </message>
        <message>
            <source>not read yet</source>
            <translation>ещё не прочитан</translation>
        </message>
        <message>
            <source>this meter has no prepayment account</source>
            <translation>у этого счётчика нет счёта предоплаты</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Режим</translation>
        </message>
        <message>
            <source>Warning at</source>
            <translation>Предупреждение при</translation>
        </message>
        <message>
            <source>Disconnection at</source>
            <translation>Отключение при</translation>
        </message>
        <message>
            <source>%1 (not in credit mode)</source>
            <translation>%1 (не в кредитном режиме)</translation>
        </message>
        <message>
            <source>Charged for energy</source>
            <translation>Списано за энергию</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Прочитано</translation>
        </message>
        <message>
            <source>Last command</source>
            <translation>Последняя команда</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <source>The last payment may not have reached the meter: read the balance before paying again.</source>
            <translation>Последний платёж мог не дойти до счётчика: прочитайте баланс, прежде чем платить снова.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>%1

Continue?</source>
            <translation>%1

Продолжить?</translation>
        </message>
        <message>
            <source>Reading the account…</source>
            <translation>Чтение счёта…</translation>
        </message>
        <message>
            <source>A payment must be more than zero.</source>
            <translation>Платёж должен быть больше нуля.</translation>
        </message>
        <message>
            <source>Crediting %1…</source>
            <translation>Зачисление %1…</translation>
        </message>
        <message>
            <source>Give the warning threshold, the disconnect threshold or both.</source>
            <translation>Укажите порог предупреждения, порог отключения или оба.</translation>
        </message>
        <message>
            <source>Setting the thresholds…</source>
            <translation>Установка порогов…</translation>
        </message>
        <message>
            <source>Switching to %1…</source>
            <translation>Переключение на режим «%1»…</translation>
        </message>
        <message>
            <source>Top up</source>
            <translation>Пополнение</translation>
        </message>
        <message>
            <source>Payment, %1 (e.g. 500.00):</source>
            <translation>Платёж, %1 (например, 500.00):</translation>
        </message>
        <message>
            <source>Credit %1 %2 to the prepayment account of meter %3. A meter disconnected for lack of credit reconnects, or lets the subscriber reconnect, once the balance is above the disconnect threshold.</source>
            <translation>Зачислить %1 %2 на счёт предоплаты счётчика %3. Счётчик, отключённый за неуплату, подключится сам или разрешит подключение абоненту, как только баланс станет выше порога отключения.</translation>
        </message>
        <message>
            <source>Prepayment thresholds</source>
            <translation>Пороги предоплаты</translation>
        </message>
        <message>
            <source>Warn the subscriber at</source>
            <translation>Предупреждать абонента при</translation>
        </message>
        <message>
            <source>Disconnect at (prepayment)</source>
            <translation>Отключать при (предоплата)</translation>
        </message>
        <message>
            <source>Set the low-credit warning of meter %1 to %2 and its disconnect threshold to %3.</source>
            <translation>Установить для счётчика %1 порог предупреждения %2 и порог отключения %3.</translation>
        </message>
        <message>
            <source>Payment mode</source>
            <translation>Режим оплаты</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>Режим:</translation>
        </message>
        <message>
            <source>Switch meter %1 to prepayment: when its credit runs out the meter opens the load relay and the subscriber loses power.</source>
            <translation>Перевести счётчик %1 на предоплату: когда средства закончатся, счётчик разомкнёт реле нагрузки и абонент останется без электроэнергии.</translation>
        </message>
        <message>
            <source>Switch meter %1 to credit mode: it no longer disconnects for lack of credit.</source>
            <translation>Перевести счётчик %1 в кредитный режим: отключения за неуплату больше не будет.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::PollingPanel</name>
        <message>
            <source>Start polling</source>
            <translation>Начать опрос</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Остановить</translation>
        </message>
        <message>
            <source>Read now</source>
            <translation>Опросить сейчас</translation>
        </message>
        <message>
            <source>Read the selected meter (or the one on the meter card) now</source>
            <translation>Опросить выбранный счётчик (или открытый в карточке) сейчас</translation>
        </message>
        <message>
            <source>No polling round yet.</source>
            <translation>Опроса ещё не было.</translation>
        </message>
        <message>
            <source>%1 of %2 meters read, %3 failed, %4 in progress</source>
            <translation>прочитано %1 из %2 счётчиков, с ошибкой %3, в работе %4</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::RowList</name>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove this row</source>
            <translation>Удалить эту строку</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::SeasonsEditor</name>
        <message>
            <source>Add season</source>
            <translation>Добавить сезон</translation>
        </message>
        <message>
            <source>season name</source>
            <translation>название сезона</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>runs week</source>
            <translation>действует неделя</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::SpecialDaysEditor</name>
        <message>
            <source>Add holiday</source>
            <translation>Добавить праздник</translation>
        </message>
        <message>
            <source>runs</source>
            <translation>действует</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::SwitchScheduleDialog</name>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Switch schedules</source>
            <translation>Расписания переключений</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Объект</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <source>Last run</source>
            <translation>Последнее выполнение</translation>
        </message>
        <message>
            <source>Street lights off</source>
            <translation>Уличное освещение выкл.</translation>
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
            <translation>Для:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Действие:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Время:</translation>
        </message>
        <message>
            <source>Days:</source>
            <translation>Дни:</translation>
        </message>
        <message>
            <source>%1 (disabled)</source>
            <translation>%1 (отключено)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Give the schedule a name.</source>
            <translation>Дайте расписанию название.</translation>
        </message>
        <message>
            <source>Schedule "%1" added.</source>
            <translation>Расписание «%1» добавлено.</translation>
        </message>
        <message>
            <source>Select the schedule to remove.</source>
            <translation>Выберите расписание для удаления.</translation>
        </message>
        <message>
            <source>Schedule removed.</source>
            <translation>Расписание удалено.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::TariffListEditor</name>
        <message>
            <source>Add tariff</source>
            <translation>Добавить тариф</translation>
        </message>
        <message>
            <source>T%1</source>
            <translation>T%1</translation>
        </message>
        <message>
            <source>name, e.g. Day or Night</source>
            <translation>название, например День или Ночь</translation>
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
            <translation>Тарифное расписание</translation>
        </message>
        <message>
            <source>e.g. Day/night 2026</source>
            <translation>например, День/ночь 2026</translation>
        </message>
        <message>
            <source>Two-zone day/night (07:00 / 23:00)</source>
            <translation>Двухзонный день/ночь (07:00 / 23:00)</translation>
        </message>
        <message>
            <source>Three-zone (peak / half-peak / night)</source>
            <translation>Трёхзонный (пик / полупик / ночь)</translation>
        </message>
        <message>
            <source>Start from:</source>
            <translation>Начать с шаблона:</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Название расписания</translation>
        </message>
        <message>
            <source>The tariffs the meter counts in, at most 6.</source>
            <translation>Тарифы, по которым считает счётчик, не более 6.</translation>
        </message>
        <message>
            <source>Tariffs</source>
            <translation>Тарифы</translation>
        </message>
        <message>
            <source>From each time on, the meter counts in the tariff named, until the next time.</source>
            <translation>С каждого указанного времени и до следующего счётчик считает по названному тарифу.</translation>
        </message>
        <message>
            <source>Day profiles</source>
            <translation>Суточные профили</translation>
        </message>
        <message>
            <source>Which day profile each day of the week runs.</source>
            <translation>Какой суточный профиль действует в каждый день недели.</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Недели</translation>
        </message>
        <message>
            <source>From which day each week applies.</source>
            <translation>С какого дня действует каждая неделя.</translation>
        </message>
        <message>
            <source>Seasons</source>
            <translation>Сезоны</translation>
        </message>
        <message>
            <source>Days that run another day profile than their week's, e.g. public holidays.</source>
            <translation>Дни, в которые действует другой суточный профиль, чем в их неделе, например праздники.</translation>
        </message>
        <message>
            <source>Holidays</source>
            <translation>Праздники</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Открыть…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Сохранить как…</translation>
        </message>
        <message>
            <source>Tariff plan of meter %1</source>
            <translation>Тарифное расписание счётчика %1</translation>
        </message>
        <message>
            <source>The plan is valid.</source>
            <translation>Расписание корректно.</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>не удалось записать %1: %2</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Сохранено в %1.</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Не удалось открыть %1: %2</translation>
        </message>
        <message>
            <source>Opened %1.</source>
            <translation>Открыт %1.</translation>
        </message>
        <message>
            <source>Open a tariff plan</source>
            <translation>Открыть тарифное расписание</translation>
        </message>
        <message>
            <source>Tariff plans (*.json)</source>
            <translation>Тарифные расписания (*.json)</translation>
        </message>
        <message>
            <source>Save the tariff plan</source>
            <translation>Сохранить тарифное расписание</translation>
        </message>
        <message>
            <source>From each amount of energy consumed in the billing period on, the meter counts in the zone's tariff instead of the calendar's (at most 8 zones, thresholds rising). The penalty tariff applies after tampering until the period ends. Leave empty if the meter has neither.</source>
            <translation>С каждого объёма энергии, потреблённой за расчётный период, счётчик считает по тарифу зоны вместо тарифа календаря (не более 8 зон, пороги возрастают). Штрафной тариф действует после вскрытия до конца периода. Оставьте пустым, если у счётчика нет ни того, ни другого.</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>Зоны</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::TariffWritePanel</name>
        <message>
            <source>Write to the meter</source>
            <translation>Записать в счётчик</translation>
        </message>
        <message>
            <source>Correct the plan first: see the messages above.</source>
            <translation>Сначала исправьте расписание: см. сообщения выше.</translation>
        </message>
        <message>
            <source>Write the tariff plan</source>
            <translation>Запись тарифного расписания</translation>
        </message>
        <message numerus="yes">
            <source>Write plan "%1" (%n tariff(s)) to meter %2? The meter switches to it at once.</source>
            <translation>
                <numerusform>Записать расписание «%1» (%n тариф) в счётчик %2? Счётчик сразу перейдёт на него.</numerusform>
                <numerusform>Записать расписание «%1» (%n тарифа) в счётчик %2? Счётчик сразу перейдёт на него.</numerusform>
                <numerusform>Записать расписание «%1» (%n тарифов) в счётчик %2? Счётчик сразу перейдёт на него.</numerusform>
            </translation>
        </message>
        <message>
            <source>A write is already running.</source>
            <translation>Запись уже выполняется.</translation>
        </message>
        <message>
            <source>Nothing was sent: the plan is not valid.</source>
            <translation>Ничего не отправлено: расписание некорректно.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <source>Applied: the meter runs plan "%1" now (read back and checked).</source>
            <translation>Применено: счётчик работает по расписанию «%1» (прочитано и проверено).</translation>
        </message>
        <message>
            <source>Not applied: the meter keeps its previous plan. Reason: %1</source>
            <translation>Не применено: в счётчике осталось прежнее расписание. Причина: %1</translation>
        </message>
        <message>
            <source>Unknown: it is not certain that the meter took plan "%1" (%2). The meter is marked for a retry; write the plan again.</source>
            <translation>Неизвестно: нет уверенности, что счётчик принял расписание «%1» (%2). Счётчик отмечен для повтора; запишите расписание ещё раз.</translation>
        </message>
        <message>
            <source>Activate at once</source>
            <translation>Активировать сразу</translation>
        </message>
        <message>
            <source>Activate at</source>
            <translation>Активировать в</translation>
        </message>
        <message>
            <source>Local time of this computer. The meter keeps counting in its current plan until then.</source>
            <translation>Местное время этого компьютера. До этого момента счётчик продолжает считать по текущему плану.</translation>
        </message>
        <message numerus="yes">
            <source>Write plan "%1" (%n tariff(s)) to meter %2? The meter switches to it at %3 and keeps its current plan until then.</source>
            <translation>
                <numerusform>Записать план «%1» (%n тариф) в счётчик %2? Счётчик перейдёт на него в %3 и до этого сохранит текущий план.</numerusform>
                <numerusform>Записать план «%1» (%n тарифа) в счётчик %2? Счётчик перейдёт на него в %3 и до этого сохранит текущий план.</numerusform>
                <numerusform>Записать план «%1» (%n тарифов) в счётчик %2? Счётчик перейдёт на него в %3 и до этого сохранит текущий план.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was sent: the activation time %1 has passed. Choose a later time or "Activate at once".</source>
            <translation>Ничего не отправлено: время активации %1 прошло. Выберите более позднее время или «Активировать сразу».</translation>
        </message>
        <message>
            <source>Written, waiting for activation: the meter switches to plan "%1" at %2 (read back and checked) and runs its previous plan until then.</source>
            <translation>Записано, ожидает активации: счётчик перейдёт на план «%1» в %2 (прочитано обратно и проверено), до этого работает по прежнему плану.</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::TopologyPanel</name>
        <message>
            <source>Find a meter: serial, plot, subscriber…</source>
            <translation>Найти счётчик: номер, участок, абонент…</translation>
        </message>
        <message>
            <source>Disconnect all meters…</source>
            <translation>Отключить все счётчики…</translation>
        </message>
        <message>
            <source>Reconnect all meters…</source>
            <translation>Подключить все счётчики…</translation>
        </message>
        <message>
            <source>Switch schedules…</source>
            <translation>Расписания переключений…</translation>
        </message>
    </context>
    <context>
        <name>ims::ui::WeekProfilesEditor</name>
        <message>
            <source>Add week</source>
            <translation>Добавить неделю</translation>
        </message>
        <message>
            <source>week name</source>
            <translation>название недели</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Неделя</translation>
        </message>
    </context>
    <context>
        <name>imsdesk</name>
        <message>
            <source>Write a PNG of each main view into DIR and exit.</source>
            <translation>Сохранить PNG каждого основного окна в DIR и выйти.</translation>
        </message>
        <message>
            <source>Open the workstation database FILE.</source>
            <translation>Открыть базу данных АРМ ФАЙЛ.</translation>
        </message>
        <message>
            <source>no database at %1</source>
            <translation>нет базы данных %1</translation>
        </message>
        <message>
            <source>Start the built-in demo substation (a simulated network in this process) and poll it; with --db, keep its data in FILE.</source>
            <translation>Запустить встроенную демонстрационную подстанцию (имитируемая сеть в этом процессе) и опрашивать её; с --db хранить её данные в ФАЙЛЕ.</translation>
        </message>
    </context>
    <context>
        <name>imsdesk-sim</name>
        <message>
            <source>Simulated SPODES meters, routers and PLC network</source>
            <translation>Имитатор счётчиков СПОДЭС, УСПД и PLC-сети</translation>
        </message>
    </context>
</TS>
