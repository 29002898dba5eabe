<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Modify</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Replace list</source>
        <translation>Liste ersetzen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Finish creates the object with these settings; Back changes them.</source>
        <translation>„Fertig stellen“ erstellt das Objekt mit diesen Einstellungen; mit „Zurück“ ändern Sie sie.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Site Administrator</source>
        <translation>Site Administrator</translation>
    </message>
</context>
<context>
    <name>sa::core::Phrase</name>
    <message>
        <source>the password library (libsodium) cannot start</source>
        <translation>die Kennwortbibliothek (libsodium) kann nicht starten</translation>
    </message>
    <message>
        <source>not enough memory to hash the password (it takes %1 MiB)</source>
        <translation>nicht genug Speicher, um das Kennwort zu hashen (es braucht %1 MiB)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 has an empty value between its &apos;%&apos; separators (write %% for a &apos;%&apos; inside a value)</source>
        <translation>%1: %2 hat einen leeren Wert zwischen seinen &apos;%&apos;-Trennzeichen (schreiben Sie %% für ein &apos;%&apos; in einem Wert)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recipient class (mailbox, distribution-list, custom-recipient)</source>
        <translation>„%1“ ist keine Empfängerklasse (mailbox, distribution-list, custom-recipient)</translation>
    </message>
    <message>
        <source>%1 is a %2, not a recipients container</source>
        <translation>%1 ist vom Typ %2, kein Empfängercontainer</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is a folder, not a file to import</source>
        <translation>ist ein Ordner, keine zu importierende Datei</translation>
    </message>
    <message>
        <source>is not a regular file (a device or a pipe), nothing to import</source>
        <translation>ist keine normale Datei (ein Gerät oder eine Pipe), nichts zu importieren</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 already exists (a row with an empty Mode, or Update, changes it)</source>
        <translation>%1 existiert bereits (eine Zeile mit leerem Mode oder Update ändert es)</translation>
    </message>
    <message>
        <source>no object %1</source>
        <translation>kein Objekt %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3</source>
        <translation>%1 ist vom Typ %2, nicht vom Typ %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the file has problems</source>
        <translation>die Datei hat Probleme</translation>
    </message>
    <message>
        <source>%1: damaged object row %2 (class %3)</source>
        <translation>%1: beschädigte Objektzeile %2 (Klasse %3)</translation>
    </message>
    <message>
        <source>%1: a damaged name below %2</source>
        <translation>%1: ein beschädigter Name unter %2</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot;</source>
        <translation>unbekannte Klasse „%1“</translation>
    </message>
    <message>
        <source>%1 is a replica of an object of site %2; connect to a server in %2 to change it</source>
        <translation>%1 ist ein Replikat eines Objekts von Standort %2; stellen Sie eine Verbindung mit einem Server in %2 her, um es zu ändern</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot;</source>
        <translation>unbekanntes Attribut „%1“</translation>
    </message>
    <message>
        <source>%1 is not an attribute of %2 objects</source>
        <translation>%1 ist kein Attribut von Objekten des Typs %2</translation>
    </message>
    <message>
        <source>%1 is kept by the directory and cannot be written</source>
        <translation>%1 wird vom Verzeichnis verwaltet und kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 of %2 already has the value &quot;%3&quot;</source>
        <translation>%1 von %2 hat bereits den Wert „%3“</translation>
    </message>
    <message>
        <source>%1 of %2 has no value &quot;%3&quot;</source>
        <translation>%1 von %2 hat keinen Wert „%3“</translation>
    </message>
    <message>
        <source>%1 holds a single value; %2 were given</source>
        <translation>%1 enthält einen einzigen Wert; %2 wurden angegeben</translation>
    </message>
    <message>
        <source>%1 has the value &quot;%2&quot; twice</source>
        <translation>%1 hat den Wert „%2“ zweimal</translation>
    </message>
    <message>
        <source>%1 is required on a %2 (%3)</source>
        <translation>%1 ist für den Typ %2 erforderlich (%3)</translation>
    </message>
    <message>
        <source>a %1 cannot be created here</source>
        <translation>ein Objekt vom Typ %1 kann hier nicht erstellt werden</translation>
    </message>
    <message>
        <source>a %1 has no parent</source>
        <translation>ein Objekt vom Typ %1 hat kein übergeordnetes Objekt</translation>
    </message>
    <message>
        <source>%1 is a replica of site %2&apos;s directory; connect to a server in %2 to create objects there</source>
        <translation>%1 ist ein Replikat des Verzeichnisses von Standort %2; stellen Sie eine Verbindung mit einem Server in %2 her, um dort Objekte zu erstellen</translation>
    </message>
    <message>
        <source>a %1 cannot be created in %2 (a %3)</source>
        <translation>ein Objekt vom Typ %1 kann nicht in %2 (Typ %3) erstellt werden</translation>
    </message>
    <message>
        <source>Common-Name holds a single value</source>
        <translation>Common-Name enthält einen einzigen Wert</translation>
    </message>
    <message>
        <source>Common-Name (the directory name) is required on a %1</source>
        <translation>Common-Name (der Verzeichnisname) ist für den Typ %1 erforderlich</translation>
    </message>
    <message>
        <source>Common-Name: &quot;%1&quot; is longer than %2 characters</source>
        <translation>Common-Name: „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>Object-GUID: &quot;%1&quot; is not a GUID</source>
        <translation>Object-GUID: „%1“ ist keine GUID</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>creating %1 failed: %2</source>
        <translation>Erstellen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Common-Name (the directory name) of %1 is fixed once created</source>
        <translation>Common-Name (der Verzeichnisname) von %1 steht nach dem Erstellen fest</translation>
    </message>
    <message>
        <source>%1 is a %2, which cannot be deleted</source>
        <translation>%1 ist vom Typ %2 und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 contains %2 object(s); delete them first</source>
        <translation>%1 enthält %2 Objekt(e); löschen Sie diese zuerst</translation>
    </message>
    <message>
        <source>%1 (%2) is mastered here, not by %3</source>
        <translation>%1 (%2) wird hier verwaltet, nicht von %3</translation>
    </message>
    <message>
        <source>the parent of replica %1 is missing: %2</source>
        <translation>das übergeordnete Objekt des Replikats %1 fehlt: %2</translation>
    </message>
    <message>
        <source>the replica %1 cannot be written: %2</source>
        <translation>das Replikat %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>malformed DN &quot;%1&quot;: %2</source>
        <translation>fehlerhafter DN „%1“: %2</translation>
    </message>
    <message>
        <source>the %1 name is empty</source>
        <translation>der Name (%1) ist leer</translation>
    </message>
    <message>
        <source>the %1 name &quot;%2&quot; starts or ends with a space</source>
        <translation>der Name (%1) „%2“ beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>the %1 name &quot;%2&quot; is longer than %3 characters</source>
        <translation>der Name (%1) „%2“ ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>the %1 name &quot;%2&quot; contains &apos;%3&apos;; use ASCII letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>der Name (%1) „%2“ enthält &apos;%3&apos;; verwenden Sie ASCII-Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;</translation>
    </message>
    <message>
        <source>the %1 name &quot;%2&quot; contains &apos;%3&apos;; use letters, digits, &apos;-&apos;, &apos;_&apos; and spaces</source>
        <translation>der Name (%1) „%2“ enthält &apos;%3&apos;; verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und Leerzeichen</translation>
    </message>
    <message>
        <source>the organization folder %1 does not exist (create one with init)</source>
        <translation>der Organisationsordner %1 existiert nicht (erstellen Sie einen mit init)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds no organization (no sites/*.sqlite; create one with init)</source>
        <translation>%1 enthält keine Organisation (kein sites/*.sqlite; erstellen Sie eine mit init)</translation>
    </message>
    <message>
        <source>%1: the site database names no organization</source>
        <translation>%1: die Standortdatenbank nennt keine Organisation</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 already holds an organization; choose an empty folder</source>
        <translation>%1 enthält bereits eine Organisation; wählen Sie einen leeren Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the organization already has a site named %1</source>
        <translation>die Organisation hat bereits einen Standort namens %1</translation>
    </message>
    <message>
        <source>the organization already has a server named %1 (in site %2)</source>
        <translation>die Organisation hat bereits einen Server namens %1 (in Standort %2)</translation>
    </message>
    <message>
        <source>no server named %1 in the sites that can be opened; %2</source>
        <translation>kein Server namens %1 in den Standorten, die geöffnet werden können; %2</translation>
    </message>
    <message>
        <source>the organization has no server named %1</source>
        <translation>die Organisation hat keinen Server namens %1</translation>
    </message>
    <message>
        <source>no object %1 (the organization is /o=%2)</source>
        <translation>kein Objekt %1 (die Organisation ist /o=%2)</translation>
    </message>
    <message>
        <source>no object %1 (the organization has no site %2)</source>
        <translation>kein Objekt %1 (die Organisation hat keinen Standort %2)</translation>
    </message>
    <message>
        <source>no free address like %1 could be made</source>
        <translation>es konnte keine freie Adresse wie %1 erzeugt werden</translation>
    </message>
    <message>
        <source>the alias &quot;%1&quot; is already used by %2</source>
        <translation>der Alias „%1“ wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>Proxy-Addresses has two primary %1 addresses; make one of them secondary (a lower-case type)</source>
        <translation>Proxy-Addresses hat zwei primäre %1-Adressen; machen Sie eine davon sekundär (Typ in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is already used by %2</source>
        <translation>die Adresse „%1“ wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>%1: no object %2</source>
        <translation>%1: kein Objekt %2</translation>
    </message>
    <message>
        <source>a distribution list cannot be its own member</source>
        <translation>eine Verteilerliste kann nicht ihr eigenes Mitglied sein</translation>
    </message>
    <message>
        <source>%1 was changed after this change; undoing it would lose that later change</source>
        <translation>%1 wurde nach dieser Änderung geändert; das Rückgängigmachen würde die spätere Änderung verlieren</translation>
    </message>
    <message>
        <source>%1 was deleted after this change</source>
        <translation>%1 wurde nach dieser Änderung gelöscht</translation>
    </message>
    <message>
        <source>%1 cannot be made again: another object has its name (%2) now</source>
        <translation>%1 kann nicht erneut erstellt werden: ein anderes Objekt hat jetzt seinen Namen (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is not valid: %3</source>
        <translation>%1: %2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>no free display name like &quot;%1&quot; for %2</source>
        <translation>kein freier Anzeigename wie „%1“ für %2</translation>
    </message>
    <message>
        <source>no dirsync run %1 in the history</source>
        <translation>kein Dirsync-Lauf %1 im Verlauf</translation>
    </message>
    <message>
        <source>site %1 has no %2</source>
        <translation>Standort %1 hat kein Objekt vom Typ %2</translation>
    </message>
    <message>
        <source>Directory Synchronization is not running on %1; start it first</source>
        <translation>die Verzeichnissynchronisation läuft nicht auf %1; starten Sie sie zuerst</translation>
    </message>
    <message>
        <source>T2 cancelled between replies</source>
        <translation>T2 zwischen Antworten abgebrochen</translation>
    </message>
    <message>
        <source>deletion threshold</source>
        <translation>Löschschwellenwert</translation>
    </message>
    <message>
        <source>site %1 has no Dir-Sync Requestor</source>
        <translation>Standort %1 hat keinen Dir-Sync-Anforderer</translation>
    </message>
    <message>
        <source>%1: no container %2</source>
        <translation>%1: kein Container %2</translation>
    </message>
    <message>
        <source>%1: %2 is a %3, not a recipients container</source>
        <translation>%1: %2 ist vom Typ %3, kein Empfängercontainer</translation>
    </message>
    <message>
        <source>%1: no server %2</source>
        <translation>%1: kein Server %2</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; is already used by %2 (%3): %4 has its $SYSTEM custom recipient already; use that one as the Dir-Sync Address (a second one stops directory synchronization with %4)</source>
        <translation>die Adresse „%1“ wird bereits von %2 (%3) verwendet: %4 hat bereits seinen benutzerdefinierten $SYSTEM-Empfänger; verwenden Sie diesen als Dir-Sync-Adresse (ein zweiter beendet die Verzeichnissynchronisation mit %4)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not NETWORK/POSTOFFICE</source>
        <translation>%1: „%2“ ist nicht NETZWERK/POSTAMT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the Dir-Sync Address must be an MS Mail custom recipient NETWORK/POSTOFFICE/$SYSTEM; %1 is not one</source>
        <translation>die Dir-Sync-Adresse muss ein benutzerdefinierter MS Mail-Empfänger NETZWERK/POSTAMT/$SYSTEM sein; %1 ist keiner</translation>
    </message>
    <message>
        <source>the Dir-Sync Address %1 is not the $SYSTEM mailbox of %2</source>
        <translation>die Dir-Sync-Adresse %1 ist nicht das $SYSTEM-Postfach von %2</translation>
    </message>
    <message>
        <source>a %1 needs its postoffice (%2, NETWORK/POSTOFFICE) or its Dir-Sync Address (%3)</source>
        <translation>ein Objekt vom Typ %1 braucht sein Postamt (%2, NETZWERK/POSTAMT) oder seine Dir-Sync-Adresse (%3)</translation>
    </message>
    <message>
        <source>%1 already has a requestor, %2; a postoffice has one</source>
        <translation>%1 hat bereits einen Anforderer, %2; ein Postamt hat einen</translation>
    </message>
    <message>
        <source>the Dir-Sync Address of %1 must be the custom recipient %2/$SYSTEM</source>
        <translation>die Dir-Sync-Adresse von %1 muss der benutzerdefinierte Empfänger %2/$SYSTEM sein</translation>
    </message>
    <message>
        <source>site %1 has no Directory Synchronization Server</source>
        <translation>Standort %1 hat keinen Verzeichnissynchronisationsserver</translation>
    </message>
    <message>
        <source>T2 cancelled between messages</source>
        <translation>T2 zwischen Nachrichten abgebrochen</translation>
    </message>
    <message>
        <source>[155] Invalid DirSync profile from %1 (TASK=%2)</source>
        <translation>[155] Ungültiges DirSync-Profil von %1 (TASK=%2)</translation>
    </message>
    <message>
        <source>no Remote Dir-Sync Requestor &quot;%1&quot; (there are: %2)</source>
        <translation>kein Remote-Dir-Sync-Anforderer „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>no temporary folder for the preview</source>
        <translation>kein temporärer Ordner für die Vorschau</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>transaction %1: %2</source>
        <translation>Transaktion %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dirsync subject ($SYSTEM ReqTx ..., $SYSTEM SrvTx ... or Status report from NET/PO)</source>
        <translation>„%1“ ist kein Dirsync-Betreff ($SYSTEM ReqTx ..., $SYSTEM SrvTx ... oder Status report from NET/PO)</translation>
    </message>
    <message>
        <source>the cycle was cancelled before %1; every step before it is complete</source>
        <translation>der Zyklus wurde vor %1 abgebrochen; jeder Schritt davor ist abgeschlossen</translation>
    </message>
    <message>
        <source>the organization has no Directory Synchronization Server or Dir-Sync Requestor</source>
        <translation>die Organisation hat keinen Verzeichnissynchronisationsserver und keinen Dir-Sync-Anforderer</translation>
    </message>
    <message>
        <source>the organization has no Directory Synchronization Server (create one in a site&apos;s Connections), no Dir-Sync Requestor and no dirsync server postoffice</source>
        <translation>die Organisation hat keinen Verzeichnissynchronisationsserver (erstellen Sie einen unter den Verbindungen eines Standorts), keinen Dir-Sync-Anforderer und kein Dirsync-Server-Postamt</translation>
    </message>
    <message>
        <source>site %1 has no Directory Synchronization Server or Dir-Sync Requestor</source>
        <translation>Standort %1 hat keinen Verzeichnissynchronisationsserver und keinen Dir-Sync-Anforderer</translation>
    </message>
    <message>
        <source>no requestor &quot;%1&quot; in site %2</source>
        <translation>kein Anforderer „%1“ in Standort %2</translation>
    </message>
    <message>
        <source>no dirsync server %1 in this organization: name a postoffice of it (NET/PO) or a site&apos;s own (ORGANIZATION/SITE)</source>
        <translation>kein Dirsync-Server %1 in dieser Organisation: nennen Sie eines ihrer Postämter (NET/PO) oder das eines Standorts (ORGANISATION/STANDORT)</translation>
    </message>
    <message>
        <source>the services&apos; work was cancelled between two steps</source>
        <translation>die Arbeit der Dienste wurde zwischen zwei Schritten abgebrochen</translation>
    </message>
    <message>
        <source>not a delivery status report</source>
        <translation>kein Zustellstatusbericht</translation>
    </message>
    <message>
        <source>a delivery status report without an Action</source>
        <translation>ein Zustellstatusbericht ohne Action</translation>
    </message>
    <message>
        <source>not a message between sites: %1</source>
        <translation>keine Nachricht zwischen Standorten: %1</translation>
    </message>
    <message>
        <source>not a message between sites: it has no %1 header</source>
        <translation>keine Nachricht zwischen Standorten: sie hat keinen %1-Header</translation>
    </message>
    <message>
        <source>not a message between sites: it has %1 %2 headers, one expected</source>
        <translation>keine Nachricht zwischen Standorten: sie hat %1 %2-Header, einer erwartet</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; of message between sites (a site takes &quot;%2&quot;)</source>
        <translation>unbekannte Art „%1“ einer Nachricht zwischen Standorten (ein Standort nimmt „%2“ an)</translation>
    </message>
    <message>
        <source>not a readable Internet message: a multipart part has no boundary</source>
        <translation>keine lesbare Internetnachricht: ein Multipart-Teil hat keine Begrenzung</translation>
    </message>
    <message>
        <source>not a readable Internet message: its parts nest too deep</source>
        <translation>keine lesbare Internetnachricht: ihre Teile sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not a readable Internet message: a part&apos;s transfer encoding &quot;%1&quot; is unknown or damaged</source>
        <translation>keine lesbare Internetnachricht: die Transfercodierung „%1“ eines Teils ist unbekannt oder beschädigt</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <source>the message is %1 bytes, more than the %2 a site takes</source>
        <translation>die Nachricht hat %1 Byte, mehr als die %2, die ein Standort annimmt</translation>
    </message>
    <message>
        <source>not a MIME message: no header lines end before a body</source>
        <translation>keine MIME-Nachricht: keine Kopfzeilen enden vor einem Textkörper</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an External name: use 1-20 letters, digits, - or _</source>
        <translation>„%1“ ist kein External-Name: verwenden Sie 1-20 Buchstaben, Ziffern, - oder _</translation>
    </message>
    <message>
        <source>an External&apos;s interval cannot be negative</source>
        <translation>das Intervall eines External kann nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 holds no organization (create one with siteadminctl init)</source>
        <translation>%1 enthält keine Organisation (erstellen Sie eine mit siteadminctl init)</translation>
    </message>
    <message>
        <source>no postoffice %1 in %2</source>
        <translation>kein Postamt %1 in %2</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 ist zweimal genannt</translation>
    </message>
    <message>
        <source>an External carries mail between postoffices: name at least two</source>
        <translation>ein External überträgt Nachrichten zwischen Postämtern: nennen Sie mindestens zwei</translation>
    </message>
    <message>
        <source>the External %1 already exists</source>
        <translation>das External %1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot create %1/externals</source>
        <translation>%1/externals kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>no External %1 in %2</source>
        <translation>kein External %1 in %2</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 is not a dirsync requestor (register it with msmail-po dirsync requestor %1 --server NET/PO --password PW)</source>
        <translation>%1 ist kein Dirsync-Anforderer (registrieren Sie ihn mit msmail-po dirsync requestor %1 --server NET/PO --password PW)</translation>
    </message>
    <message>
        <source>%1 is a dirsync server; a server cannot be a requestor of another server</source>
        <translation>%1 ist ein Dirsync-Server; ein Server kann nicht Anforderer eines anderen Servers sein</translation>
    </message>
    <message>
        <source>%1 cannot be its own dirsync server here; name the server&apos;s postoffice</source>
        <translation>%1 kann hier nicht sein eigener Dirsync-Server sein; nennen Sie das Postamt des Servers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address type (letters and digits, e.g. PCM, SMTP)</source>
        <translation>„%1“ ist kein Adresstyp (Buchstaben und Ziffern, z. B. PCM, SMTP)</translation>
    </message>
    <message>
        <source>%1 is not a dirsync server (make it one with msmail-po dirsync server %1)</source>
        <translation>%1 ist kein Dirsync-Server (machen Sie es mit msmail-po dirsync server %1 zu einem)</translation>
    </message>
    <message>
        <source>%1 is a requestor of %2; a requestor cannot be a server as well</source>
        <translation>%1 ist Anforderer von %2; ein Anforderer kann nicht zugleich Server sein</translation>
    </message>
    <message>
        <source>%1 is the server; it is its own requestor without registering</source>
        <translation>%1 ist der Server; er ist ohne Registrierung sein eigener Anforderer</translation>
    </message>
    <message>
        <source>%1 has no user %2</source>
        <translation>%1 hat keinen Benutzer %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: %2</source>
        <translation>„%1“ ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>%1 has no message %2</source>
        <translation>%1 hat keine Nachricht %2</translation>
    </message>
    <message>
        <source>%1 has no queued message %2</source>
        <translation>%1 hat keine eingereihte Nachricht %2</translation>
    </message>
    <message>
        <source>undeliverable-after must be a number of seconds above 0</source>
        <translation>undeliverable-after muss eine Anzahl Sekunden über 0 sein</translation>
    </message>
    <message>
        <source>the postoffice %1/%2 already exists</source>
        <translation>das Postamt %1/%2 existiert bereits</translation>
    </message>
    <message>
        <source>cannot create %1/postoffices</source>
        <translation>%1/postoffices kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>no postoffice %1/%2 in %3</source>
        <translation>kein Postamt %1/%2 in %3</translation>
    </message>
    <message>
        <source>%1 already has a mailbox %2</source>
        <translation>%1 hat bereits ein Postfach %2</translation>
    </message>
    <message>
        <source>the full name &quot;%1&quot; is already used by %2 on %3</source>
        <translation>der vollständige Name „%1“ wird bereits von %2 auf %3 verwendet</translation>
    </message>
    <message>
        <source>%1 has no route to %2; define it (direct) first</source>
        <translation>%1 hat keine Route zu %2; definieren Sie sie zuerst (direkt)</translation>
    </message>
    <message>
        <source>%1 is the way to %2 other postoffice(s); remove those routes first</source>
        <translation>%1 ist der Weg zu %2 anderen Postämtern; entfernen Sie diese Routen zuerst</translation>
    </message>
    <message>
        <source>%1 has no route to %2</source>
        <translation>%1 hat keine Route zu %2</translation>
    </message>
    <message>
        <source>not a replication batch: %1</source>
        <translation>kein Replikationsstapel: %1</translation>
    </message>
    <message>
        <source>a site does not replicate with itself</source>
        <translation>ein Standort repliziert nicht mit sich selbst</translation>
    </message>
    <message>
        <source>%1 belongs to another organization</source>
        <translation>%1 gehört zu einer anderen Organisation</translation>
    </message>
    <message>
        <source>%1 is not an object of site %2, which sent it</source>
        <translation>%1 ist kein Objekt von Standort %2, der es gesendet hat</translation>
    </message>
    <message>
        <source>site %1 has no server %2</source>
        <translation>Standort %1 hat keinen Server %2</translation>
    </message>
    <message>
        <source>server %1 has no service &quot;%2&quot;</source>
        <translation>Server %1 hat keinen Dienst „%2“</translation>
    </message>
    <message>
        <source>%1 on %2 is needed by %3; stop those first</source>
        <translation>%1 auf %2 wird von %3 benötigt; beenden Sie diese zuerst</translation>
    </message>
    <message>
        <source>%1 on %2 is %3; only a running service can be paused</source>
        <translation>%1 auf %2 ist %3; nur ein laufender Dienst kann angehalten werden</translation>
    </message>
    <message>
        <source>%1 on %2 is %3; only a paused service can continue</source>
        <translation>%1 auf %2 ist %3; nur ein angehaltener Dienst kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version</source>
        <translation>%1: die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: upgrading to schema version %2 (%3) failed: %4</source>
        <translation>%1: Aktualisieren auf Schemaversion %2 (%3) fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>there is no group &quot;%1&quot; on this machine</source>
        <translation>auf diesem Rechner gibt es keine Gruppe „%1“</translation>
    </message>
    <message>
        <source>you are not a member of the group &quot;%1&quot;; only its members may share an organization with it</source>
        <translation>Sie sind kein Mitglied der Gruppe „%1“; nur ihre Mitglieder dürfen eine Organisation mit ihr teilen</translation>
    </message>
    <message>
        <source>cannot give %1 to the group &quot;%2&quot;</source>
        <translation>%1 kann nicht der Gruppe „%2“ gegeben werden</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the connection is not open</source>
        <translation>%1: die Verbindung ist nicht geöffnet</translation>
    </message>
    <message>
        <source>a %1 leads to another site, not to %2 itself</source>
        <translation>ein Objekt vom Typ %1 führt zu einem anderen Standort, nicht zu %2 selbst</translation>
    </message>
    <message>
        <source>site %1 already has a %2 to %3 (%4); there is one between two sites</source>
        <translation>Standort %1 hat bereits ein Objekt vom Typ %2 zu %3 (%4); zwischen zwei Standorten gibt es eines</translation>
    </message>
    <message>
        <source>no message %1 waits at the Internet Mail Service</source>
        <translation>keine Nachricht %1 wartet beim Internet Mail Service</translation>
    </message>
    <message>
        <source>the server of %1 is fixed once created</source>
        <translation>der Server von %1 steht nach dem Erstellen fest</translation>
    </message>
    <message>
        <source>the server %1 already has an Internet Mail Service (%2); one per server</source>
        <translation>der Server %1 hat bereits einen Internet Mail Service (%2); einer pro Server</translation>
    </message>
    <message>
        <source>no site is named for the secret</source>
        <translation>für das Geheimnis ist kein Standort genannt</translation>
    </message>
    <message>
        <source>the secret shared with %1 has %2 characters; at least %3 are needed</source>
        <translation>das mit %1 geteilte Geheimnis hat %2 Zeichen; mindestens %3 sind nötig</translation>
    </message>
    <message>
        <source>no secret is set for the sites %1 and %2 (siteadminctl ims secret %2)</source>
        <translation>für die Standorte %1 und %2 ist kein Geheimnis festgelegt (siteadminctl ims secret %2)</translation>
    </message>
    <message>
        <source>no Internet Mail Service of site %1 is connected to site %2</source>
        <translation>kein Internet Mail Service von Standort %1 ist mit Standort %2 verbunden</translation>
    </message>
    <message>
        <source>no Internet Mail Service of site %1 has an SMTP address space for %2</source>
        <translation>kein Internet Mail Service von Standort %1 hat einen SMTP-Adressraum für %2</translation>
    </message>
    <message>
        <source>no recipient of site %1 has the address %2</source>
        <translation>kein Empfänger von Standort %1 hat die Adresse %2</translation>
    </message>
    <message>
        <source>the message is no longer in the queue</source>
        <translation>die Nachricht ist nicht mehr in der Warteschlange</translation>
    </message>
    <message>
        <source>Postfix&apos;s postqueue is not installed</source>
        <translation>postqueue von Postfix ist nicht installiert</translation>
    </message>
    <message>
        <source>postqueue could not be started: %1</source>
        <translation>postqueue konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>postqueue did not answer within 15 seconds</source>
        <translation>postqueue hat nicht innerhalb von 15 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>Postfix&apos;s queue cannot be read: %1</source>
        <translation>die Warteschlange von Postfix kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>line %1 of postqueue -j is not a JSON object</source>
        <translation>Zeile %1 von postqueue -j ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the replication interval is a number of seconds</source>
        <translation>das Replikationsintervall ist eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>the %1 name %2 is longer than %3 characters</source>
        <translation>der Name (%1) %2 ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>the %1 name %2 contains %3</source>
        <translation>der Name (%1) %2 enthält %3</translation>
    </message>
    <message>
        <source>an MS Mail address is NETWORK/POSTOFFICE/MAILBOX</source>
        <translation>eine MS Mail-Adresse lautet NETZWERK/POSTAMT/POSTFACH</translation>
    </message>
    <message>
        <source>an Internet address is name@domain</source>
        <translation>eine Internetadresse lautet name@domäne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed before the @</source>
        <translation>&apos;%1&apos; ist vor dem @ nicht erlaubt</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not valid</source>
        <translation>die Domäne „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>an X.400 address is key=value; pairs such as c=US;a= ;p=ORG;o=SITE;s=Name;</source>
        <translation>eine X.400-Adresse besteht aus Schlüssel=Wert;-Paaren wie c=DE;a= ;p=ORG;o=STANDORT;s=Name;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value</source>
        <translation>„%1“ ist nicht Schlüssel=Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an X.400 key</source>
        <translation>„%1“ ist kein X.400-Schlüssel</translation>
    </message>
    <message>
        <source>%1= has no value</source>
        <translation>%1= hat keinen Wert</translation>
    </message>
    <message>
        <source>%1= is given twice</source>
        <translation>%1= ist zweimal angegeben</translation>
    </message>
    <message>
        <source>an X.400 address needs %1=</source>
        <translation>eine X.400-Adresse braucht %1=</translation>
    </message>
    <message>
        <source>an X.400 address of a recipient needs s=, g= or cn=</source>
        <translation>die X.400-Adresse eines Empfängers braucht s=, g= oder cn=</translation>
    </message>
    <message>
        <source>write it as TYPE:address, e.g. SMTP:name@example.com</source>
        <translation>schreiben Sie sie als TYP:Adresse, z. B. SMTP:name@example.com</translation>
    </message>
    <message>
        <source>write it as TYPE:template, e.g. SMTP:@example.com</source>
        <translation>schreiben Sie sie als TYP:Vorlage, z. B. SMTP:@example.com</translation>
    </message>
    <message>
        <source>an MS Mail template is NETWORK/POSTOFFICE</source>
        <translation>eine MS Mail-Vorlage lautet NETZWERK/POSTAMT</translation>
    </message>
    <message>
        <source>an Internet template is @domain or %g.%s@domain</source>
        <translation>eine Internetvorlage lautet @domäne oder %g.%s@domäne</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Site Configuration Container</source>
        <translation>Standortkonfigurationscontainer</translation>
    </message>
    <message>
        <source>Add-Ins Container</source>
        <translation>Add-In-Container</translation>
    </message>
    <message>
        <source>Addressing Container</source>
        <translation>Adressierungscontainer</translation>
    </message>
    <message>
        <source>Connections Container</source>
        <translation>Verbindungscontainer</translation>
    </message>
    <message>
        <source>Directory Replication Container</source>
        <translation>Verzeichnisreplikationscontainer</translation>
    </message>
    <message>
        <source>Monitors Container</source>
        <translation>Überwachungscontainer</translation>
    </message>
    <message>
        <source>Servers Container</source>
        <translation>Servercontainer</translation>
    </message>
    <message>
        <source>Site Addressing</source>
        <translation>Standortadressierung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Directory Service</source>
        <translation>Verzeichnisdienst</translation>
    </message>
    <message>
        <source>Directory Synchronization</source>
        <translation>Verzeichnissynchronisation</translation>
    </message>
    <message>
        <source>Message Transfer Agent</source>
        <translation>Message Transfer Agent</translation>
    </message>
    <message>
        <source>System Attendant</source>
        <translation>Systemaufsicht</translation>
    </message>
    <message>
        <source>MS Mail Connector</source>
        <translation>MS Mail Connector</translation>
    </message>
    <message>
        <source>Site Connector</source>
        <translation>Standortconnector</translation>
    </message>
    <message>
        <source>Directory Replication Connector</source>
        <translation>Verzeichnisreplikationsconnector</translation>
    </message>
    <message>
        <source>Internet Mail Service</source>
        <translation>Internet Mail Service</translation>
    </message>
    <message>
        <source>Recipients Container</source>
        <translation>Empfängercontainer</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Distribution List</source>
        <translation>Verteilerliste</translation>
    </message>
    <message>
        <source>Custom Recipient</source>
        <translation>Benutzerdefinierter Empfänger</translation>
    </message>
    <message>
        <source>Directory Synchronization Server</source>
        <translation>Verzeichnissynchronisationsserver</translation>
    </message>
    <message>
        <source>Remote Dir-Sync Requestor</source>
        <translation>Remote-Dir-Sync-Anforderer</translation>
    </message>
    <message>
        <source>Dir-Sync Requestor</source>
        <translation>Dir-Sync-Anforderer</translation>
    </message>
    <message>
        <source>%1 is a replica of site %2&apos;s container; import into a container of this site</source>
        <translation>%1 ist ein Replikat eines Containers von Standort %2; importieren Sie in einen Container dieses Standorts</translation>
    </message>
    <message>
        <source>the organization already has a %1 (%2); only one server takes part in directory synchronization, as server or as requestor</source>
        <translation>die Organisation hat bereits ein Objekt vom Typ %1 (%2); nur ein Server nimmt an der Verzeichnissynchronisation teil, als Server oder als Anforderer</translation>
    </message>
    <message>
        <source>the import container of %1 is fixed once chosen; delete the requestor and create it again to import elsewhere</source>
        <translation>der Importcontainer von %1 steht nach der Auswahl fest; löschen Sie den Anforderer und erstellen Sie ihn neu, um anderswohin zu importieren</translation>
    </message>
    <message>
        <source>the postoffice of %1 is fixed once created</source>
        <translation>das Postamt von %1 steht nach dem Erstellen fest</translation>
    </message>
    <message>
        <source>%1 still has Remote Dir-Sync Requestors (%2); delete them first</source>
        <translation>%1 hat noch Remote-Dir-Sync-Anforderer (%2); löschen Sie diese zuerst</translation>
    </message>
    <message>
        <source>%1 is the Dir-Sync Address of %2; delete the requestor first</source>
        <translation>%1 ist die Dir-Sync-Adresse von %2; löschen Sie zuerst den Anforderer</translation>
    </message>
    <message>
        <source>its multipart body has no closing boundary</source>
        <translation>ihr Multipart-Textkörper hat keine abschließende Begrenzung</translation>
    </message>
    <message>
        <source>a part has no header</source>
        <translation>ein Teil hat keinen Header</translation>
    </message>
    <message>
        <source>a part is not base64</source>
        <translation>ein Teil ist nicht base64</translation>
    </message>
    <message>
        <source>a part&apos;s base64 is damaged</source>
        <translation>das base64 eines Teils ist beschädigt</translation>
    </message>
    <message>
        <source>the X-SiteAdmin-Signature header is not an hmac-sha256 signature</source>
        <translation>der Header X-SiteAdmin-Signature ist keine hmac-sha256-Signatur</translation>
    </message>
    <message>
        <source>the X-SiteAdmin-Signature header&apos;s signature is damaged</source>
        <translation>die Signatur im Header X-SiteAdmin-Signature ist beschädigt</translation>
    </message>
    <message>
        <source>not a message between sites: it is not multipart/mixed with a boundary</source>
        <translation>keine Nachricht zwischen Standorten: sie ist nicht multipart/mixed mit einer Begrenzung</translation>
    </message>
    <message>
        <source>not a message between sites: its parts are not the message, its text and at most one attachment</source>
        <translation>keine Nachricht zwischen Standorten: ihre Teile sind nicht die Nachricht, ihr Text und höchstens eine Anlage</translation>
    </message>
    <message>
        <source>not a message between sites: its message part is not JSON (%1)</source>
        <translation>keine Nachricht zwischen Standorten: ihr Nachrichtenteil ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>not a message between sites: its message part is not version 1</source>
        <translation>keine Nachricht zwischen Standorten: ihr Nachrichtenteil ist nicht Version 1</translation>
    </message>
    <message>
        <source>not a message between sites: its message part lacks an id, a sender, a recipient, a time or a hop count</source>
        <translation>keine Nachricht zwischen Standorten: ihrem Nachrichtenteil fehlt eine Kennung, ein Absender, ein Empfänger, eine Zeit oder ein Hop-Zähler</translation>
    </message>
    <message>
        <source>not a message between sites: its %1 header is empty or encoded</source>
        <translation>keine Nachricht zwischen Standorten: ihr %1-Header ist leer oder codiert</translation>
    </message>
    <message>
        <source>the Internet message names no sender it can be answered at (From: &quot;%1&quot;)</source>
        <translation>die Internetnachricht nennt keinen Absender, dem geantwortet werden kann (From: „%1“)</translation>
    </message>
    <message>
        <source>Internet mail is taken only for the envelope recipient the MTA names (deliver --recipient ADDRESS)</source>
        <translation>Internetnachrichten werden nur für den Umschlagempfänger angenommen, den der MTA nennt (deliver --recipient ADRESSE)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Internet address</source>
        <translation>„%1“ ist keine Internetadresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NETWORK/POSTOFFICE</source>
        <translation>„%1“ ist nicht NETZWERK/POSTAMT</translation>
    </message>
    <message>
        <source>the full name %1 is not valid: %2</source>
        <translation>der vollständige Name %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>the template field %1 is not valid: %2</source>
        <translation>das Vorlagenfeld %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>the template field %1&apos;s value %2 is not valid: %3</source>
        <translation>der Wert %2 des Vorlagenfelds %1 ist ungültig: %3</translation>
    </message>
    <message>
        <source>mailbox names starting with $ are the postoffice&apos;s own</source>
        <translation>Postfachnamen, die mit $ beginnen, gehören dem Postamt</translation>
    </message>
    <message>
        <source>a user needs a full name</source>
        <translation>ein Benutzer braucht einen vollständigen Namen</translation>
    </message>
    <message>
        <source>%1 is this postoffice</source>
        <translation>%1 ist dieses Postamt</translation>
    </message>
    <message>
        <source>%1 cannot be reached via itself</source>
        <translation>%1 kann nicht über sich selbst erreicht werden</translation>
    </message>
    <message>
        <source>%1 is itself indirect; route via a direct postoffice</source>
        <translation>%1 ist selbst indirekt; leiten Sie über ein direktes Postamt</translation>
    </message>
    <message>
        <source>the Home-Server &quot;%1&quot; is not a server of site %2</source>
        <translation>der Home-Server „%1“ ist kein Server von Standort %2</translation>
    </message>
    <message>
        <source>the site %1 is connected twice</source>
        <translation>der Standort %1 ist zweimal verbunden</translation>
    </message>
    <message>
        <source>the address space &quot;%1&quot; is not an SMTP one: an Internet Mail Service leads to Internet addresses (SMTP:*@example.com)</source>
        <translation>der Adressraum „%1“ ist kein SMTP-Adressraum: ein Internet Mail Service führt zu Internetadressen (SMTP:*@example.com)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a domain name</source>
        <translation>%1: „%2“ ist kein Domänenname</translation>
    </message>
    <message>
        <source>Name shown in the address book and the window.</source>
        <translation>Im Adressbuch und im Fenster angezeigter Name.</translation>
    </message>
    <message>
        <source>Alias name: printable ASCII, no spaces.</source>
        <translation>Aliasname: druckbares ASCII, keine Leerzeichen.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>Initials.</source>
        <translation>Initialen.</translation>
    </message>
    <message>
        <source>Job title.</source>
        <translation>Berufsbezeichnung.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Firma.</translation>
    </message>
    <message>
        <source>Department.</source>
        <translation>Abteilung.</translation>
    </message>
    <message>
        <source>Business telephone number.</source>
        <translation>Geschäftliche Telefonnummer.</translation>
    </message>
    <message>
        <source>Office.</source>
        <translation>Büro.</translation>
    </message>
    <message>
        <source>City.</source>
        <translation>Ort.</translation>
    </message>
    <message>
        <source>Where mail for a custom recipient goes, e.g. MS:NETWORK/PO/MAILBOX.</source>
        <translation>Wohin Nachrichten für einen benutzerdefinierten Empfänger gehen, z. B. MS:NETZWERK/PO/POSTFACH.</translation>
    </message>
    <message>
        <source>E-mail addresses; an upper-case type marks the primary one.</source>
        <translation>E-Mail-Adressen; ein Typ in Großbuchstaben kennzeichnet die primäre.</translation>
    </message>
    <message>
        <source>TRUE keeps the recipient out of the address book.</source>
        <translation>TRUE hält den Empfänger aus dem Adressbuch heraus.</translation>
    </message>
    <message>
        <source>0-100; compared with a directory synchronization trust level.</source>
        <translation>0-100; wird mit der Vertrauensstufe einer Verzeichnissynchronisation verglichen.</translation>
    </message>
    <message>
        <source>The requestor a custom recipient was imported from.</source>
        <translation>Der Anforderer, aus dem ein benutzerdefinierter Empfänger importiert wurde.</translation>
    </message>
    <message>
        <source>Administrative note.</source>
        <translation>Verwaltungsnotiz.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation>Straße.</translation>
    </message>
    <message>
        <source>State or province.</source>
        <translation>Bundesland oder Provinz.</translation>
    </message>
    <message>
        <source>ZIP or postal code.</source>
        <translation>Postleitzahl.</translation>
    </message>
    <message>
        <source>Country. [U: name chosen]</source>
        <translation>Land. [U: Name gewählt]</translation>
    </message>
    <message>
        <source>Assistant&apos;s name. [U: name chosen]</source>
        <translation>Name des Assistenten. [U: Name gewählt]</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>The recipient&apos;s manager (a DN).</source>
        <translation>Der Vorgesetzte des Empfängers (ein DN).</translation>
    </message>
    <message>
        <source>Members of a distribution list (DNs).</source>
        <translation>Mitglieder einer Verteilerliste (DNs).</translation>
    </message>
    <message>
        <source>Who may change a distribution list&apos;s members (a DN).</source>
        <translation>Wer die Mitglieder einer Verteilerliste ändern darf (ein DN).</translation>
    </message>
    <message>
        <source>The server that expands a distribution list (a DN). [U: name chosen]</source>
        <translation>Der Server, der eine Verteilerliste erweitert (ein DN). [U: Name gewählt]</translation>
    </message>
    <message>
        <source>Accept messages only from these (DNs).</source>
        <translation>Nachrichten nur von diesen annehmen (DNs).</translation>
    </message>
    <message>
        <source>Reject messages from these (DNs).</source>
        <translation>Nachrichten von diesen abweisen (DNs).</translation>
    </message>
    <message>
        <source>Custom attribute %1.</source>
        <translation>Benutzerdefiniertes Attribut %1.</translation>
    </message>
    <message>
        <source>Site Addressing: how each type of address of a new recipient is made.</source>
        <translation>Standortadressierung: wie jeder Adresstyp eines neuen Empfängers erzeugt wird.</translation>
    </message>
    <message>
        <source>Incoming Templates: an MS Mail template prompt and the attribute it fills.</source>
        <translation>Eingehende Vorlagen: eine Eingabeaufforderung einer MS Mail-Vorlage und das Attribut, das sie füllt.</translation>
    </message>
    <message>
        <source>Outgoing Templates: an attribute and the MS Mail template prompt it is sent as.</source>
        <translation>Ausgehende Vorlagen: ein Attribut und die Eingabeaufforderung der MS Mail-Vorlage, als die es gesendet wird.</translation>
    </message>
    <message>
        <source>Diagnostics Logging: a category of the service&apos;s events and its level, as &quot;Category|None, Minimum, Medium or Maximum&quot;. [U: name chosen]</source>
        <translation>Diagnoseprotokollierung: eine Kategorie der Ereignisse des Dienstes und ihre Stufe, als „Kategorie|None, Minimum, Medium oder Maximum“. [U: Name gewählt]</translation>
    </message>
    <message>
        <source>Network name of the connector&apos;s (shadow) postoffice.</source>
        <translation>Netzwerkname des (Schatten-)Postamts des Connectors.</translation>
    </message>
    <message>
        <source>Postoffice name of the connector&apos;s (shadow) postoffice.</source>
        <translation>Postamtname des (Schatten-)Postamts des Connectors.</translation>
    </message>
    <message>
        <source>A postoffice the connector serves: NET/PO (direct) or NET/PO via NET2/PO2.</source>
        <translation>Ein vom Connector bedientes Postamt: NET/PO (direkt) oder NET/PO via NET2/PO2.</translation>
    </message>
    <message>
        <source>A connector MTA: service name|polling seconds|NET/PO,NET/PO (postoffices serviced).</source>
        <translation>Ein Connector-MTA: Dienstname|Abfragesekunden|NET/PO,NET/PO (bediente Postämter).</translation>
    </message>
    <message>
        <source>Addresses a connector leads to, as TYPE:pattern (MS:NET/PO/*).</source>
        <translation>Adressen, zu denen ein Connector führt, als TYP:Muster (MS:NET/PO/*).</translation>
    </message>
    <message>
        <source>Who gets the connector&apos;s notices.</source>
        <translation>Wer die Meldungen des Connectors erhält.</translation>
    </message>
    <message>
        <source>Primary language for MS Mail clients.</source>
        <translation>Primäre Sprache für MS Mail-Clients.</translation>
    </message>
    <message>
        <source>Maximize MS Mail 3.x compatibility.</source>
        <translation>MS Mail 3.x-Kompatibilität maximieren.</translation>
    </message>
    <message>
        <source>Enable message tracking.</source>
        <translation>Nachrichtenverfolgung aktivieren.</translation>
    </message>
    <message>
        <source>The site a site connector leads to.</source>
        <translation>Der Standort, zu dem ein Standortconnector führt.</translation>
    </message>
    <message>
        <source>Routing cost, 1-100.</source>
        <translation>Routingkosten, 1-100.</translation>
    </message>
    <message>
        <source>Messaging bridgehead in the local site (none: any server).</source>
        <translation>Bridgehead für Nachrichten im lokalen Standort (keiner: beliebiger Server).</translation>
    </message>
    <message>
        <source>The site a directory replication connector replicates with.</source>
        <translation>Der Standort, mit dem ein Verzeichnisreplikationsconnector repliziert.</translation>
    </message>
    <message>
        <source>The local server that replicates.</source>
        <translation>Der lokale Server, der repliziert.</translation>
    </message>
    <message>
        <source>The server in the remote site it replicates with.</source>
        <translation>Der Server im remoten Standort, mit dem er repliziert.</translation>
    </message>
    <message>
        <source>0 = never, 1 = at selected times, 2 = always.</source>
        <translation>0 = nie, 1 = zu ausgewählten Zeiten, 2 = immer.</translation>
    </message>
    <message>
        <source>Selected hours of the week: 168 characters of 0 and 1, Sunday 0:00 first.</source>
        <translation>Ausgewählte Stunden der Woche: 168 Zeichen aus 0 und 1, beginnend mit Sonntag 0:00.</translation>
    </message>
    <message>
        <source>A site reached through this service: ORG|SITE|routing address (the mail domain of that site&apos;s Internet Mail Service).</source>
        <translation>Ein über diesen Dienst erreichter Standort: ORG|STANDORT|Routingadresse (die Maildomäne des Internet Mail Service jenes Standorts).</translation>
    </message>
    <message>
        <source>0 = inbound and outbound, 1 = inbound only, 2 = outbound only, 3 = none (flush queues).</source>
        <translation>0 = eingehend und ausgehend, 1 = nur eingehend, 2 = nur ausgehend, 3 = keine (Warteschlangen leeren).</translation>
    </message>
    <message>
        <source>The host every outgoing message is handed to (the MTA; localhost unless set).</source>
        <translation>Der Host, dem jede ausgehende Nachricht übergeben wird (der MTA; localhost, wenn nicht festgelegt).</translation>
    </message>
    <message>
        <source>The smart host&apos;s SMTP port (25 unless set).</source>
        <translation>Der SMTP-Port des Smarthosts (25, wenn nicht festgelegt).</translation>
    </message>
    <message>
        <source>This site&apos;s mail domain: the MTA delivers it to siteadminctl deliver.</source>
        <translation>Die Maildomäne dieses Standorts: der MTA stellt sie an siteadminctl deliver zu.</translation>
    </message>
    <message>
        <source>The configuration folder of the MTA on this machine (Postfix&apos;s, as postqueue -c takes it), whose queue the Queues page shows; the system&apos;s unless set.</source>
        <translation>Der Konfigurationsordner des MTA auf diesem Rechner (der von Postfix, wie postqueue -c ihn nimmt), dessen Warteschlange die Seite „Warteschlangen“ zeigt; der des Systems, wenn nicht festgelegt.</translation>
    </message>
    <message>
        <source>The server whose directory synchronization service runs this role.</source>
        <translation>Der Server, dessen Verzeichnissynchronisationsdienst diese Rolle ausführt.</translation>
    </message>
    <message>
        <source>The dirsync administrator (a mailbox).</source>
        <translation>Der Dirsync-Administrator (ein Postfach).</translation>
    </message>
    <message>
        <source>Copy administrator on outgoing messages.</source>
        <translation>Administrator bei ausgehenden Nachrichten in Kopie.</translation>
    </message>
    <message>
        <source>Forward incoming dirsync messages to administrator.</source>
        <translation>Eingehende Dirsync-Nachrichten an Administrator weiterleiten.</translation>
    </message>
    <message>
        <source>Append the requestor&apos;s name to imported display names.</source>
        <translation>Den Namen des Anforderers an importierte Anzeigenamen anhängen.</translation>
    </message>
    <message>
        <source>The dirsync password the requestor and server share.</source>
        <translation>Das Dirsync-Kennwort, das Anforderer und Server teilen.</translation>
    </message>
    <message>
        <source>Requestor address type: the address type exported recipients carry (MS).</source>
        <translation>Adresstyp des Anforderers: der Adresstyp, den exportierte Empfänger tragen (MS).</translation>
    </message>
    <message>
        <source>Requestor language, as its code page (437 English).</source>
        <translation>Sprache des Anforderers, als Codepage (437 Englisch).</translation>
    </message>
    <message>
        <source>Export on next cycle: send every entry with the next reply.</source>
        <translation>Beim nächsten Zyklus exportieren: jeden Eintrag mit der nächsten Antwort senden.</translation>
    </message>
    <message>
        <source>Import on next cycle: ask for every entry.</source>
        <translation>Beim nächsten Zyklus importieren: jeden Eintrag anfordern.</translation>
    </message>
    <message>
        <source>0 = none, 1 = send updates, 2 = receive updates, 3 = both.</source>
        <translation>0 = keine, 1 = Aktualisierungen senden, 2 = Aktualisierungen empfangen, 3 = beides.</translation>
    </message>
    <message>
        <source>Template information: 0 = none, 1 = receive, 2 = send, 3 = both.</source>
        <translation>Vorlageninformationen: 0 = keine, 1 = empfangen, 2 = senden, 3 = beides.</translation>
    </message>
    <message>
        <source>Address types asked for from the dirsync server (PCM, SMTP, ...).</source>
        <translation>Beim Dirsync-Server angeforderte Adresstypen (PCM, SMTP, ...).</translation>
    </message>
    <message>
        <source>The postoffice at the other end: NETWORK/POSTOFFICE.</source>
        <translation>Das Postamt am anderen Ende: NETZWERK/POSTAMT.</translation>
    </message>
    <message>
        <source>The MS Mail custom recipient NET/PO/$SYSTEM dirsync mail goes to. [U: name chosen]</source>
        <translation>Der benutzerdefinierte MS Mail-Empfänger NET/PO/$SYSTEM, an den Dirsync-Nachrichten gehen. [U: Name gewählt]</translation>
    </message>
    <message>
        <source>The recipients container imported entries become custom recipients in.</source>
        <translation>Der Empfängercontainer, in dem importierte Einträge zu benutzerdefinierten Empfängern werden.</translation>
    </message>
    <message>
        <source>Trust level stamped on imported entries. [U: name chosen]</source>
        <translation>Vertrauensstufe, mit der importierte Einträge versehen werden. [U: Name gewählt]</translation>
    </message>
    <message>
        <source>The recipients containers exported.</source>
        <translation>Die exportierten Empfängercontainer.</translation>
    </message>
    <message>
        <source>Recipients with a higher trust level are not exported. [U: name chosen]</source>
        <translation>Empfänger mit höherer Vertrauensstufe werden nicht exportiert. [U: Name gewählt]</translation>
    </message>
    <message>
        <source>Export custom recipients too.</source>
        <translation>Auch benutzerdefinierte Empfänger exportieren.</translation>
    </message>
    <message>
        <source>A reply that would delete more entries than this stops until approved (0 = no limit; default 500). [U: ours]</source>
        <translation>Eine Antwort, die mehr Einträge löschen würde, hält bis zur Genehmigung an (0 = keine Grenze; Standard 500). [U: unsere]</translation>
    </message>
    <message>
        <source>... or more than this percentage of the requestor&apos;s entries (0 = no limit; default 10). [U: ours]</source>
        <translation>... oder mehr als diesen Prozentsatz der Einträge des Anforderers (0 = keine Grenze; Standard 10). [U: unsere]</translation>
    </message>
    <message>
        <source>Business 2 telephone number.</source>
        <translation>Geschäftliche Telefonnummer 2.</translation>
    </message>
    <message>
        <source>Fax telephone number.</source>
        <translation>Faxnummer.</translation>
    </message>
    <message>
        <source>Assistant&apos;s telephone number.</source>
        <translation>Telefonnummer des Assistenten.</translation>
    </message>
    <message>
        <source>Home telephone number.</source>
        <translation>Private Telefonnummer.</translation>
    </message>
    <message>
        <source>Home 2 telephone number.</source>
        <translation>Private Telefonnummer 2.</translation>
    </message>
    <message>
        <source>Mobile telephone number.</source>
        <translation>Mobiltelefonnummer.</translation>
    </message>
    <message>
        <source>Pager telephone number.</source>
        <translation>Pagernummer.</translation>
    </message>
    <message>
        <source>Event Handler</source>
        <translation>Ereignishandler</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>MS Mail 3.2</source>
        <translation>MS Mail 3.2</translation>
    </message>
    <message>
        <source>Initialization/Termination</source>
        <translation>Initialisierung/Beendigung</translation>
    </message>
    <message>
        <source>Addressing</source>
        <translation>Adressierung</translation>
    </message>
    <message>
        <source>Message Archival</source>
        <translation>Nachrichtenarchivierung</translation>
    </message>
    <message>
        <source>SMTP Interface Events</source>
        <translation>SMTP-Schnittstellenereignisse</translation>
    </message>
    <message>
        <source>Internal Processing</source>
        <translation>Interne Verarbeitung</translation>
    </message>
    <message>
        <source>SMTP Protocol Log</source>
        <translation>SMTP-Protokollaufzeichnung</translation>
    </message>
    <message>
        <source>Message Transfer</source>
        <translation>Nachrichtenübertragung</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>T1 and T3 at %1</source>
        <translation>T1 und T3 bei %1</translation>
    </message>
    <message>
        <source>T2 at %1: %2 received, %3 replies</source>
        <translation>T2 bei %1: %2 empfangen, %3 Antworten</translation>
    </message>
    <message>
        <source>%1 adds, %2 modifies, %3 deletes, %4 errors</source>
        <translation>%1 Hinzufügungen, %2 Änderungen, %3 Löschungen, %4 Fehler</translation>
    </message>
    <message>
        <source>%1 applied at the postoffices</source>
        <translation>%1 bei den Postämtern übernommen</translation>
    </message>
    <message>
        <source>Dirsync cycle: %1 (%2 s)</source>
        <translation>Dirsync-Zyklus: %1 (%2 s)</translation>
    </message>
    <message>
        <source>Directory Synchronization on %1 keeps running: %1 runs the organization&apos;s directory synchronization, so, as in the original, pausing it starts a synchronization cycle now instead (the original&apos;s pause &quot;failed&quot; with error 2140, as expected)</source>
        <translation>Die Verzeichnissynchronisation auf %1 läuft weiter: %1 führt die Verzeichnissynchronisation der Organisation aus; wie im Original startet das Anhalten stattdessen jetzt einen Synchronisationszyklus (das Anhalten des Originals „scheiterte“ mit Fehler 2140, wie erwartet)</translation>
    </message>
    <message>
        <source>Directory Synchronization on %1 is paused: %1 runs neither the organization&apos;s dirsync server nor its requestor, so no synchronization starts; Continue resumes it</source>
        <translation>Die Verzeichnissynchronisation auf %1 ist angehalten: %1 führt weder den Dirsync-Server der Organisation noch ihren Anforderer aus, daher startet keine Synchronisation; „Fortsetzen“ setzt sie fort</translation>
    </message>
    <message>
        <source>The services cannot start: %1</source>
        <translation>Die Dienste können nicht starten: %1</translation>
    </message>
    <message>
        <source>Pausing Directory Synchronization on %1: %2</source>
        <translation>Anhalten der Verzeichnissynchronisation auf %1: %2</translation>
    </message>
    <message>
        <source>Dirsync cycle went on without %1</source>
        <translation>Der Dirsync-Zyklus lief ohne %1 weiter</translation>
    </message>
    <message>
        <source>Dirsync cycle: 1 entry set aside until corrected (Synchronization Status and the event log name it)</source>
        <translation>Dirsync-Zyklus: 1 Eintrag bis zur Korrektur zurückgestellt (Synchronisationsstatus und Ereignisprotokoll nennen ihn)</translation>
    </message>
    <message>
        <source>Dirsync cycle: %1 entries set aside until corrected (Synchronization Status and the event log name them)</source>
        <translation>Dirsync-Zyklus: %1 Einträge bis zur Korrektur zurückgestellt (Synchronisationsstatus und Ereignisprotokoll nennen sie)</translation>
    </message>
    <message>
        <source>%1 adds, %2 modifies, %3 deletes, %4 errors in %5 s</source>
        <translation>%1 Hinzufügungen, %2 Änderungen, %3 Löschungen, %4 Fehler in %5 s</translation>
    </message>
    <message>
        <source>%1 set aside</source>
        <translation>%1 zurückgestellt</translation>
    </message>
    <message>
        <source>Set aside: %1</source>
        <translation>Zurückgestellt: %1</translation>
    </message>
    <message>
        <source>%1 step(s) failed</source>
        <translation>%1 Schritt(e) fehlgeschlagen</translation>
    </message>
    <message>
        <source>Went on without: %1</source>
        <translation>Weiter ohne: %1</translation>
    </message>
    <message>
        <source>Dirsync cycle cancelled: %1</source>
        <translation>Dirsync-Zyklus abgebrochen: %1</translation>
    </message>
    <message>
        <source>Dirsync cycle failed: %1</source>
        <translation>Dirsync-Zyklus fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Letting old events go at site %1 failed: %2</source>
        <translation>Verwerfen alter Ereignisse an Standort %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Letting old log lines go at the postoffices failed: %1</source>
        <translation>Verwerfen alter Protokollzeilen bei den Postämtern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Kept the last %1 days: %2 older events, %3 older dirsync runs, %4 older audit trail entries and %5 older postoffice and External log lines let go</source>
        <translation>Die letzten %1 Tage aufbewahrt: %2 ältere Ereignisse, %3 ältere Dirsync-Läufe, %4 ältere Einträge des Änderungsprotokolls und %5 ältere Protokollzeilen von Postämtern und External verworfen</translation>
    </message>
    <message>
        <source>The services&apos; work failed: %1</source>
        <translation>Die Arbeit der Dienste ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Mail: %1 delivered or forwarded at the postoffices, %2 carried between postoffices by MS Mail External, %3 returned as undeliverable, %4 picked up by MS Mail Connectors, %5 routed by MTAs</source>
        <translation>Nachrichten: %1 bei den Postämtern zugestellt oder weitergeleitet, %2 von MS Mail External zwischen Postämtern übertragen, %3 als unzustellbar zurückgegeben, %4 von MS Mail Connectors abgeholt, %5 von MTAs geleitet</translation>
    </message>
    <message>
        <source>Directory replication: %1 (objects written, and requests and answers sent by mail)</source>
        <translation>Verzeichnisreplikation: %1 (geschriebene Objekte sowie per Nachricht gesendete Anforderungen und Antworten)</translation>
    </message>
    <message>
        <source>Directory synchronization: %1 messages received or sent</source>
        <translation>Verzeichnissynchronisation: %1 Nachrichten empfangen oder gesendet</translation>
    </message>
    <message>
        <source>No cycle here: directory synchronization is done by %1; synchronize there</source>
        <translation>Kein Zyklus hier: die Verzeichnissynchronisation erledigt %1; synchronisieren Sie dort</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>MS Mail Connector Interchange</source>
        <translation>MS Mail Connector Interchange</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>line breaks and tabs are not allowed (%1 at character %2)</source>
        <translation>Zeilenumbrüche und Tabulatoren sind nicht erlaubt (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>it holds the control character %1 at character %2</source>
        <translation>es enthält das Steuerzeichen %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>it is not valid UTF-8 (character %1 could not be read)</source>
        <translation>es ist kein gültiges UTF-8 (Zeichen %1 konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>it holds the non-character U+%1 at character %2</source>
        <translation>es enthält das Nichtzeichen U+%1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>it is not valid Unicode (a lone surrogate at character %1)</source>
        <translation>es ist kein gültiges Unicode (ein einzelnes Surrogat bei Zeichen %1)</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>es ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ORGANIZATION|SITE|routing address</source>
        <translation>„%1“ hat nicht die Form ORGANISATION|STANDORT|Routingadresse</translation>
    </message>
    <message>
        <source>the site %1 is in the organization %2, not %3: sites of one organization only</source>
        <translation>der Standort %1 gehört zur Organisation %2, nicht zu %3: nur Standorte einer Organisation</translation>
    </message>
    <message>
        <source>the site %1 is this site</source>
        <translation>der Standort %1 ist dieser Standort</translation>
    </message>
    <message>
        <source>the routing address &quot;%1&quot; of site %2 is not a domain name</source>
        <translation>die Routingadresse „%1“ des Standorts %2 ist kein Domänenname</translation>
    </message>
    <message>
        <source>the site %1 (sites/%2) cannot be opened: %3</source>
        <translation>der Standort %1 (sites/%2) kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>a space is not allowed in an alias</source>
        <translation>ein Leerzeichen ist in einem Alias nicht erlaubt</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not allowed in an alias</source>
        <translation>das Zeichen „%1“ ist in einem Alias nicht erlaubt</translation>
    </message>
    <message>
        <source>it is not a whole number</source>
        <translation>es ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>it must be from %1 to %2</source>
        <translation>es muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>use TRUE or FALSE</source>
        <translation>verwenden Sie TRUE oder FALSE</translation>
    </message>
    <message>
        <source>use an ISO 8601 time such as 2026-01-31T12:00:00Z</source>
        <translation>verwenden Sie eine ISO-8601-Zeit wie 2026-01-31T12:00:00Z</translation>
    </message>
    <message>
        <source>it is not a GUID</source>
        <translation>es ist keine GUID</translation>
    </message>
    <message>
        <source>the reply to %1: %2</source>
        <translation>die Antwort an %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 %2 cannot be sent: %3</source>
        <translation>%1 %2 kann nicht gesendet werden: %3</translation>
    </message>
    <message>
        <source>%1 %2 starts or ends with a space</source>
        <translation>%1 %2 beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>%1 %2 is not TYPE:address on one line</source>
        <translation>%1 %2 hat nicht die Form TYP:Adresse in einer Zeile</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>der vollständige Name</translation>
    </message>
    <message>
        <source>the new full name</source>
        <translation>der neue vollständige Name</translation>
    </message>
    <message>
        <source>the new address</source>
        <translation>die neue Adresse</translation>
    </message>
    <message>
        <source>a template field has no prompt</source>
        <translation>ein Vorlagenfeld hat keine Bezeichnung</translation>
    </message>
    <message>
        <source>the template prompt %1 holds &quot;:/&quot;</source>
        <translation>die Vorlagenbezeichnung %1 enthält „:/“</translation>
    </message>
    <message>
        <source>the template prompt %1 cannot be sent: %2</source>
        <translation>die Vorlagenbezeichnung %1 kann nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>the template field %1&apos;s value %2 cannot be sent: %3</source>
        <translation>der Wert %2 des Vorlagenfelds %1 kann nicht gesendet werden: %3</translation>
    </message>
    <message>
        <source>a template line holds a line break</source>
        <translation>eine Vorlagenzeile enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the organization has no Directory Synchronization Server (create one in a site&apos;s Connections)</source>
        <translation>die Organisation hat keinen Verzeichnissynchronisationsserver (erstellen Sie einen unter den Verbindungen eines Standorts)</translation>
    </message>
    <message>
        <source>the organization has no Dir-Sync Requestor</source>
        <translation>die Organisation hat keinen Dir-Sync-Anforderer</translation>
    </message>
    <message>
        <source>T1 at %1</source>
        <translation>T1 bei %1</translation>
    </message>
    <message>
        <source>T1 at site %1</source>
        <translation>T1 bei Standort %1</translation>
    </message>
    <message>
        <source>the requests carried</source>
        <translation>Beförderung der Anforderungen</translation>
    </message>
    <message>
        <source>T2 at the Directory Synchronization Server</source>
        <translation>T2 beim Verzeichnissynchronisationsserver</translation>
    </message>
    <message>
        <source>T2 at site %1</source>
        <translation>T2 bei Standort %1</translation>
    </message>
    <message>
        <source>T2 at %1</source>
        <translation>T2 bei %1</translation>
    </message>
    <message>
        <source>T2 at %1: %2</source>
        <translation>T2 bei %1: %2</translation>
    </message>
    <message>
        <source>the replies carried</source>
        <translation>Beförderung der Antworten</translation>
    </message>
    <message>
        <source>T3 at %1</source>
        <translation>T3 bei %1</translation>
    </message>
    <message>
        <source>T3 at site %1</source>
        <translation>T3 bei Standort %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>the Directory Replication Connector %1 names no server as its local bridgehead (%2): it does not replicate until that is corrected</source>
        <translation>der Verzeichnisreplikationsconnector %1 nennt keinen Server als lokalen Bridgehead (%2): er repliziert nicht, bis das korrigiert ist</translation>
    </message>
    <message>
        <source>the postoffice %1 (postoffices/%2) cannot be opened: %3</source>
        <translation>das Postamt %1 (postoffices/%2) kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>MS Mail External</source>
        <translation>MS Mail External</translation>
    </message>
    <message>
        <source>postoffice</source>
        <translation>Postamt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>keine SQLite-Datei</translation>
    </message>
    <message>
        <source>truncated: %1 bytes, less than an SQLite header</source>
        <translation>abgeschnitten: %1 Byte, weniger als ein SQLite-Kopf</translation>
    </message>
    <message>
        <source>truncated: %1 bytes of the %2 it holds</source>
        <translation>abgeschnitten: %1 Byte von den %2, die sie enthält</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>is empty (0 bytes), not a database</source>
        <translation>ist leer (0 Byte), keine Datenbank</translation>
    </message>
    <message>
        <source>permission denied: user %1 cannot read it</source>
        <translation>Zugriff verweigert: Benutzer %1 kann sie nicht lesen</translation>
    </message>
    <message>
        <source>the file system is read-only (mounted read-only): a database needs to write beside it</source>
        <translation>das Dateisystem ist schreibgeschützt (schreibgeschützt eingehängt): eine Datenbank muss daneben schreiben können</translation>
    </message>
    <message>
        <source>permission denied: user %1 cannot write in %2</source>
        <translation>Zugriff verweigert: Benutzer %1 kann nicht in %2 schreiben</translation>
    </message>
    <message>
        <source>permission denied: user %1 cannot write it (read-only file, or immutable)</source>
        <translation>Zugriff verweigert: Benutzer %1 kann sie nicht schreiben (schreibgeschützte oder unveränderliche Datei)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>the database cannot be written (a read-only file, folder or file system)</source>
        <translation>die Datenbank kann nicht geschrieben werden (schreibgeschützte Datei, schreibgeschützter Ordner oder schreibgeschütztes Dateisystem)</translation>
    </message>
    <message>
        <source>the database is damaged</source>
        <translation>die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the disk failed to read or write it</source>
        <translation>der Datenträger konnte sie nicht lesen oder schreiben</translation>
    </message>
    <message>
        <source>this %1 database has schema version %2; this program knows up to %3 (it was written by a newer Site Administrator)</source>
        <translation>diese %1-Datenbank hat die Schemaversion %2; dieses Programm kennt bis %3 (sie wurde von einem neueren Site Administrator geschrieben)</translation>
    </message>
    <message>
        <source>no such %1 database</source>
        <translation>keine solche %1-Datenbank</translation>
    </message>
    <message>
        <source>not a %1 database (it is empty, 0 bytes)</source>
        <translation>keine %1-Datenbank (sie ist leer, 0 Byte)</translation>
    </message>
    <message>
        <source>not a %1 database (%2)</source>
        <translation>keine %1-Datenbank (%2)</translation>
    </message>
    <message>
        <source>not a %1 database</source>
        <translation>keine %1-Datenbank</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte %1 of the line)</source>
        <translation>die Datei ist kein UTF-8-Text (Byte %1 der Zeile)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>die Zeile hat %1 Felder; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>unknown mode %1 (use Update, Create, Modify or Delete; empty is Update)</source>
        <translation>unbekannter Modus %1 (verwenden Sie Update, Create, Modify oder Delete; leer ist Update)</translation>
    </message>
    <message>
        <source>no container: give an Obj-Container or a default container</source>
        <translation>kein Container: geben Sie einen Obj-Container oder einen Standardcontainer an</translation>
    </message>
    <message>
        <source>a Modify or Delete row needs the Common-Name of the object</source>
        <translation>eine Modify- oder Delete-Zeile braucht den Common-Name des Objekts</translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the attributes</source>
        <translation>die Datei ist leer; ihre erste Zeile muss die Attribute nennen</translation>
    </message>
    <message>
        <source>%1 is kept by the directory and cannot be imported</source>
        <translation>%1 wird vom Verzeichnis geführt und kann nicht importiert werden</translation>
    </message>
    <message>
        <source>the header has no Obj-Class column</source>
        <translation>die Kopfzeile hat keine Spalte Obj-Class</translation>
    </message>
    <message>
        <source>the file has no rows after its header</source>
        <translation>die Datei hat keine Zeilen nach ihrer Kopfzeile</translation>
    </message>
    <message>
        <source>%1 message(s) from it wait at %2 for %3 since %4%5</source>
        <translation>%1 Nachricht(en) von ihm warten bei %2 auf %3 seit %4%5</translation>
    </message>
    <message>
        <source>%1 message(s) from it wait at %2 to be dispatched</source>
        <translation>%1 Nachricht(en) von ihm warten bei %2 auf die Zustellung</translation>
    </message>
    <message>
        <source>%1 message(s) to or from it wait at site %2&apos;s Internet Mail Service for site %3%4</source>
        <translation>%1 Nachricht(en) an oder von ihm warten beim Internet Mail Service des Standorts %2 auf Standort %3%4</translation>
    </message>
    <message>
        <source>%1 message(s) from it are held in site %2&apos;s MTA queue: %3</source>
        <translation>%1 Nachricht(en) von ihm werden in der MTA-Warteschlange des Standorts %2 zurückgehalten: %3</translation>
    </message>
    <message>
        <source>%1 message(s) from it wait in site %2&apos;s MTA queue (%3 attempt(s))</source>
        <translation>%1 Nachricht(en) von ihm warten in der MTA-Warteschlange des Standorts %2 (%3 Versuch(e))</translation>
    </message>
    <message>
        <source>%1 is not in this folder: its mail comes from another machine through the Internet Mail Service (see replication status and the IMS queues there)</source>
        <translation>%1 ist nicht in diesem Ordner: seine Nachrichten kommen von einem anderen Computer über den Internet Mail Service (siehe den Replikationsstatus und die IMS-Warteschlangen dort)</translation>
    </message>
    <message>
        <source>the postoffice %1 cannot be opened: %2</source>
        <translation>das Postamt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>unknown class &quot;%1&quot; (use mailbox, dl or remote)</source>
        <translation>unbekannte Klasse „%1“ (verwenden Sie mailbox, dl oder remote)</translation>
    </message>
    <message>
        <source>the header names %1 twice (columns %2 and %3)</source>
        <translation>die Kopfzeile nennt %1 zweimal (Spalten %2 und %3)</translation>
    </message>
    <message>
        <source>the file is not UTF-16 text: it ends inside a character</source>
        <translation>die Datei ist kein UTF-16-Text: sie endet mitten in einem Zeichen</translation>
    </message>
    <message>
        <source>the file is %1 (it starts with the byte-order mark of %1), not %2</source>
        <translation>die Datei ist %1 (sie beginnt mit der Bytereihenfolgemarke von %1), nicht %2</translation>
    </message>
    <message>
        <source>the file is UTF-16 big-endian, which is not read: save it as Unicode (little-endian) or UTF-8</source>
        <translation>die Datei ist UTF-16 Big-Endian, das nicht gelesen wird: speichern Sie sie als Unicode (Little-Endian) oder UTF-8</translation>
    </message>
    <message>
        <source>the file is not Windows-1252 text: the byte 0x%1 is no character in it</source>
        <translation>die Datei ist kein Windows-1252-Text: das Byte 0x%1 ist darin kein Zeichen</translation>
    </message>
    <message>
        <source>the file is not UTF-16 text: half of a surrogate pair stands alone</source>
        <translation>die Datei ist kein UTF-16-Text: eine Hälfte eines Ersatzzeichenpaars steht allein</translation>
    </message>
    <message>
        <source>%1 cannot be written in Windows-1252: its %2 holds &quot;%3&quot;, which that character set does not have (export in Unicode or UTF-8)</source>
        <translation>%1 kann nicht in Windows-1252 geschrieben werden: sein Attribut %2 enthält „%3“, das dieser Zeichensatz nicht hat (exportieren Sie in Unicode oder UTF-8)</translation>
    </message>
    <message>
        <source>the organization has no site named %1</source>
        <translation>die Organisation hat keinen Standort namens %1</translation>
    </message>
    <message>
        <source>The server a connector runs on, or a mailbox lives on.</source>
        <translation>Der Server, auf dem ein Connector läuft oder ein Postfach liegt.</translation>
    </message>
    <message>
        <source>site %1 has no server for mailboxes to live on</source>
        <translation>Standort %1 hat keinen Server, auf dem Postfächer liegen können</translation>
    </message>
    <message>
        <source>the Home-Server &quot;%1&quot; is not a server of site %2 (its servers: %3)</source>
        <translation>der Home-Server „%1“ ist kein Server von Standort %2 (seine Server: %3)</translation>
    </message>
</context>
<context>
    <name>sa::ui::AddressBookDialog</name>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>Show Names from the:</source>
        <translation>Namen anzeigen aus:</translation>
    </message>
    <message>
        <source>&amp;Type Name or Select from List:</source>
        <translation>Namen &amp;eingeben oder aus der Liste auswählen:</translation>
    </message>
    <message>
        <source>&amp;Add -&gt;</source>
        <translation>&amp;Hinzufügen -&gt;</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Select a name from the list.</source>
        <translation>Wählen Sie einen Namen aus der Liste.</translation>
    </message>
</context>
<context>
    <name>sa::ui::AddressEntryDialog</name>
    <message>
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Select an e-mail address type:</source>
        <translation>Wählen Sie einen E-Mail-Adresstyp:</translation>
    </message>
    <message>
        <source>Microsoft Mail Address</source>
        <translation>Microsoft Mail-Adresse</translation>
    </message>
    <message>
        <source>Internet Address</source>
        <translation>Internetadresse</translation>
    </message>
    <message>
        <source>X.400 Address</source>
        <translation>X.400-Adresse</translation>
    </message>
    <message>
        <source>Other Address</source>
        <translation>Andere Adresse</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Netzwerkname:</translation>
    </message>
    <message>
        <source>&amp;Postoffice name:</source>
        <translation>&amp;Postamtname:</translation>
    </message>
    <message>
        <source>&amp;Mailbox name:</source>
        <translation>Post&amp;fachname:</translation>
    </message>
    <message>
        <source>Each name is at most 10 characters (MS Mail 3.x).</source>
        <translation>Jeder Name hat höchstens 10 Zeichen (MS Mail 3.x).</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>E-mail &amp;type:</source>
        <translation>E-Mail-&amp;Typ:</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <translation>E-Mail-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Microsoft Mail Address Properties</source>
        <translation>Eigenschaften der Microsoft Mail-Adresse</translation>
    </message>
    <message>
        <source>Internet Address Properties</source>
        <translation>Eigenschaften der Internetadresse</translation>
    </message>
    <message>
        <source>X.400 Address Properties</source>
        <translation>Eigenschaften der X.400-Adresse</translation>
    </message>
    <message>
        <source>Other Address Properties</source>
        <translation>Eigenschaften der anderen Adresse</translation>
    </message>
</context>
<context>
    <name>sa::ui::AddressSpacePage</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Edit Address Space</source>
        <translation>Adressraum bearbeiten</translation>
    </message>
    <message>
        <source>New Address Space</source>
        <translation>Neuer Adressraum</translation>
    </message>
    <message>
        <source>Microsoft Mail</source>
        <translation>Microsoft Mail</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>X.400</source>
        <translation>X.400</translation>
    </message>
    <message>
        <source>NETWORK/POSTOFFICE/*</source>
        <translation>NETZWERK/POSTAMT/*</translation>
    </message>
    <message>
        <source>*@example.com</source>
        <translation>*@example.com</translation>
    </message>
    <message>
        <source>c=US;a= ;p=ORG;o=SITE;*</source>
        <translation>c=DE;a= ;p=ORG;o=STANDORT;*</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
</context>
<context>
    <name>sa::ui::AdvancedPage</name>
    <message>
        <source>&amp;Hide from address book</source>
        <translation>Im Adressbuch aus&amp;blenden</translation>
    </message>
    <message>
        <source>&amp;Trust level:</source>
        <translation>&amp;Vertrauensstufe:</translation>
    </message>
    <message>
        <source>Imported from:</source>
        <translation>Importiert aus:</translation>
    </message>
    <message>
        <source>Recipient options</source>
        <translation>Empfängeroptionen</translation>
    </message>
    <message>
        <source>Administrative &amp;note</source>
        <translation>Verwaltungs&amp;notiz</translation>
    </message>
    <message>
        <source>(created here)</source>
        <translation>(hier erstellt)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Home &amp;server:</source>
        <translation>Home-&amp;Server:</translation>
    </message>
</context>
<context>
    <name>sa::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Directory changes</source>
        <translation>Verzeichnisänderungen</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>User, object, attribute or site</source>
        <translation>Benutzer, Objekt, Attribut oder Standort</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
</context>
<context>
    <name>sa::ui::AuditLogModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>sa::ui::BulkPropertiesDialog</name>
    <message>
        <source>Properties of %1 Objects</source>
        <translation>Eigenschaften von %1 Objekten</translation>
    </message>
    <message>
        <source>Check a field to give it to all %1 selected recipients; a checked field left empty is cleared. Unchecked fields are left as they are.</source>
        <translation>Aktivieren Sie ein Feld, um es allen %1 ausgewählten Empfängern zu geben; ein aktiviertes leeres Feld wird geleert. Nicht aktivierte Felder bleiben unverändert.</translation>
    </message>
    <message>
        <source>(differs)</source>
        <translation>(unterschiedlich)</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ColumnCatalog</name>
    <message>
        <source>Directory Name</source>
        <translation>Verzeichnisname</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Administrative Note</source>
        <translation>Verwaltungsnotiz</translation>
    </message>
    <message>
        <source>Distinguished Name</source>
        <translation>Definierter Name</translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Alias Name</source>
        <translation>Aliasname</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail Addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Target Address</source>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Trust Level</source>
        <translation>Vertrauensstufe</translation>
    </message>
    <message>
        <source>Imported From</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>Object Type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>Home-Server</translation>
    </message>
</context>
<context>
    <name>sa::ui::ColumnsDialog</name>
    <message>
        <source>&amp;Add -&gt;</source>
        <translation>&amp;Hinzufügen -&gt;</translation>
    </message>
    <message>
        <source>&lt;- &amp;Remove</source>
        <translation>&lt;- &amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>A&amp;vailable columns:</source>
        <translation>&amp;Verfügbare Spalten:</translation>
    </message>
    <message>
        <source>&amp;Show the following columns:</source>
        <translation>&amp;Folgende Spalten anzeigen:</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectToServerDialog</name>
    <message>
        <source>Set as &amp;default server</source>
        <translation>Als &amp;Standardserver festlegen</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Verbindung mit Server herstellen</translation>
    </message>
    <message>
        <source>&amp;Connect to server:</source>
        <translation>&amp;Verbindung mit Server:</translation>
    </message>
    <message>
        <source>&amp;Browse the organization&apos;s sites and servers:</source>
        <translation>Standorte und Server der Organisation &amp;durchsuchen:</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (kann nicht geöffnet werden)</translation>
    </message>
    <message>
        <source>Type or pick the name of a server.</source>
        <translation>Geben Sie den Namen eines Servers ein, oder wählen Sie ihn aus.</translation>
    </message>
    <message>
        <source>The organization has no server named %1.</source>
        <translation>Die Organisation hat keinen Server namens %1.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectedSitesPage</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Routing Address</source>
        <translation>Routingadresse</translation>
    </message>
    <message>
        <source>Connected sites</source>
        <translation>Verbundene Standorte</translation>
    </message>
    <message>
        <source>The sites on other machines this service carries mail and directory replication to. Each site lists this one on its own Internet Mail Service, with the same secret (siteadminctl ims secret).</source>
        <translation>Die Standorte auf anderen Rechnern, zu denen dieser Dienst Nachrichten und Verzeichnisreplikation überträgt. Jeder Standort führt diesen in seinem eigenen Internet Mail Service, mit demselben Geheimnis (siteadminctl ims secret).</translation>
    </message>
    <message>
        <source>Edit Connected Site</source>
        <translation>Verbundenen Standort bearbeiten</translation>
    </message>
    <message>
        <source>New Connected Site</source>
        <translation>Neuer verbundener Standort</translation>
    </message>
    <message>
        <source>london.northwind.example</source>
        <translation>london.northwind.example</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Routing address:</source>
        <translation>&amp;Routingadresse:</translation>
    </message>
    <message>
        <source>Connected Sites</source>
        <translation>Verbundene Standorte</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectionQueueDialog</name>
    <message>
        <source>Message Transfer Agent Queue - %1</source>
        <translation>Warteschlange des Message Transfer Agent - %1</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>&amp;Zurückgeben</translation>
    </message>
    <message>
        <source>&amp;Send non-delivery reports when messages are deleted</source>
        <translation>Beim Löschen von Nachrichten &amp;Unzustellbarkeitsberichte senden</translation>
    </message>
    <message>
        <source>Queue for %1</source>
        <translation>Warteschlange für %1</translation>
    </message>
    <message>
        <source>Queued messages</source>
        <translation>Nachrichten in der Warteschlange</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Wartend: %1</translation>
    </message>
    <message>
        <source>At the IMS for the Internet</source>
        <translation>Beim IMS für das Internet</translation>
    </message>
    <message>
        <source>At the IMS for %1</source>
        <translation>Beim IMS für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) refused on arrival in the last 24 hours; the newest: %1</source>
        <translation>
            <numerusform>%n Nachricht wurde in den letzten 24 Stunden bei der Ankunft abgewiesen; die neueste: %1</numerusform>
            <numerusform>%n Nachrichten wurden in den letzten 24 Stunden bei der Ankunft abgewiesen; die neueste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the Message Transfer Agent</source>
        <translation>den Message Transfer Agent</translation>
    </message>
    <message>
        <source>Nothing is waiting for %1.</source>
        <translation>Für %1 wartet nichts.</translation>
    </message>
    <message>
        <source>1 message is waiting.</source>
        <translation>1 Nachricht wartet.</translation>
    </message>
    <message>
        <source>%1 messages are waiting.</source>
        <translation>%1 Nachrichten warten.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectionsPage</name>
    <message>
        <source>Postoffice</source>
        <translation>Postamt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Postoffice connections</source>
        <translation>Postamtverbindungen</translation>
    </message>
    <message>
        <source>&amp;Create...</source>
        <translation>&amp;Erstellen...</translation>
    </message>
    <message>
        <source>&amp;Modify...</source>
        <translation>Ä&amp;ndern...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Queue...</source>
        <translation>&amp;Warteschlange...</translation>
    </message>
    <message>
        <source>The messages waiting for the selected postoffice</source>
        <translation>Die Nachrichten, die auf das ausgewählte Postamt warten</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Indirect via %1</source>
        <translation>Indirekt über %1</translation>
    </message>
    <message>
        <source>%1 is reached via %2, which is not a direct connection of this connector.</source>
        <translation>%1 wird über %2 erreicht, das keine direkte Verbindung dieses Connectors ist.</translation>
    </message>
    <message>
        <source>Modify Connection</source>
        <translation>Verbindung ändern</translation>
    </message>
    <message>
        <source>Create Connection</source>
        <translation>Verbindung erstellen</translation>
    </message>
    <message>
        <source>The emulated MS Mail postoffice, as NETWORK/POSTOFFICE</source>
        <translation>Das emulierte MS Mail-Postamt, als NETZWERK/POSTAMT</translation>
    </message>
    <message>
        <source>&amp;Direct: this connector delivers to it</source>
        <translation>&amp;Direkt: Dieser Connector stellt an das Postamt zu</translation>
    </message>
    <message>
        <source>&amp;Indirect, via:</source>
        <translation>&amp;Indirekt, über:</translation>
    </message>
    <message>
        <source>&amp;Postoffice path:</source>
        <translation>&amp;Postamtpfad:</translation>
    </message>
    <message>
        <source>This connector already serves %1.</source>
        <translation>Dieser Connector bedient %1 bereits.</translation>
    </message>
    <message>
        <source>There is no postoffice %1 to connect to directly (msmail-po create makes one).</source>
        <translation>Es gibt kein Postamt %1 für eine direkte Verbindung (msmail-po create erstellt eines).</translation>
    </message>
    <message>
        <source>Choose the direct postoffice that %1 is reached through.</source>
        <translation>Wählen Sie das direkte Postamt, über das %1 erreicht wird.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectorCommands</name>
    <message>
        <source>MS Mail Connector</source>
        <translation>MS Mail Connector</translation>
    </message>
    <message>
        <source>Every server of site %1 has its MS Mail Connector already. Open it in Configuration &gt; Connections to change its connections.</source>
        <translation>Jeder Server des Standorts %1 hat bereits seinen MS Mail Connector. Öffnen Sie ihn unter Konfiguration &gt; Verbindungen, um seine Verbindungen zu ändern.</translation>
    </message>
    <message>
        <source>Internet Mail Service</source>
        <translation>Internet Mail Service</translation>
    </message>
    <message>
        <source>Every server of site %1 has its Internet Mail Service already. Open it in Configuration &gt; Connections to change its connected sites.</source>
        <translation>Jeder Server des Standorts %1 hat bereits seinen Internet Mail Service. Öffnen Sie ihn unter Konfiguration &gt; Verbindungen, um seine verbundenen Standorte zu ändern.</translation>
    </message>
    <message>
        <source>Site Connector</source>
        <translation>Standortconnector</translation>
    </message>
    <message>
        <source>Site %1 has no site connector to %2 yet, so mail cannot come back this way. Do you want to create it in %1 as well?</source>
        <translation>Standort %1 hat noch keinen Standortconnector zu %2, daher können Nachrichten nicht auf diesem Weg zurückkommen. Möchten Sie ihn auch in %1 erstellen?</translation>
    </message>
    <message>
        <source>Directory Replication Connector</source>
        <translation>Verzeichnisreplikationsconnector</translation>
    </message>
    <message>
        <source>Site %1 does not replicate with %2 yet, so it will not learn of this site&apos;s recipients and connectors. Do you want to configure %1 as well?</source>
        <translation>Standort %1 repliziert noch nicht mit %2 und erfährt daher nichts von den Empfängern und Connectors dieses Standorts. Möchten Sie %1 ebenfalls konfigurieren?</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectorMtasPage</name>
    <message>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>Postoffices serviced</source>
        <translation>Bediente Postämter</translation>
    </message>
    <message>
        <source>Connector MTAs</source>
        <translation>Connector-MTAs</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>&amp;Configure...</source>
        <translation>&amp;Konfigurieren...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Two connector MTAs are named %1; each is a service and needs its own name.</source>
        <translation>Zwei Connector-MTAs heißen %1; jeder ist ein Dienst und braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>%1 services %2, which is not a direct connection of this connector.</source>
        <translation>%1 bedient %2, das keine direkte Verbindung dieses Connectors ist.</translation>
    </message>
    <message>
        <source>Configure Connector MTA</source>
        <translation>Connector-MTA konfigurieren</translation>
    </message>
    <message>
        <source>New Connector MTA</source>
        <translation>Neuer Connector-MTA</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>&amp;Service name:</source>
        <translation>&amp;Dienstname:</translation>
    </message>
    <message>
        <source>&amp;Polling frequency:</source>
        <translation>&amp;Abfrageintervall:</translation>
    </message>
    <message>
        <source>Postoffices s&amp;erviced:</source>
        <translation>&amp;Bediente Postämter:</translation>
    </message>
    <message>
        <source>Type a service name (at most %1 characters, no | or ,).</source>
        <translation>Geben Sie einen Dienstnamen ein (höchstens %1 Zeichen, kein | oder ,).</translation>
    </message>
    <message>
        <source>There is already a connector MTA named %1.</source>
        <translation>Es gibt bereits einen Connector-MTA namens %1.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ContainerTreeModel</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
</context>
<context>
    <name>sa::ui::ContentsModel</name>
    <message>
        <source>Lists sort by Display Name or Last Modified only</source>
        <translation>Listen werden nur nach Anzeigename oder Zuletzt geändert sortiert</translation>
    </message>
</context>
<context>
    <name>sa::ui::CustomAttributesPage</name>
    <message>
        <source>Custom Attribute %1:</source>
        <translation>Benutzerdefiniertes Attribut %1:</translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation>Benutzerdefinierte Attribute</translation>
    </message>
</context>
<context>
    <name>sa::ui::CyclePreviewDialog</name>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Preview Next Cycle</source>
        <translation>Vorschau auf den nächsten Zyklus</translation>
    </message>
    <message>
        <source>Approve Pending Deletes</source>
        <translation>Ausstehende Löschungen genehmigen</translation>
    </message>
    <message>
        <source>Requestor / change</source>
        <translation>Anforderer / Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Working out what the next cycle would do (on a copy of the directory)...</source>
        <translation>Ermittelt, was der nächste Zyklus tun würde (an einer Kopie des Verzeichnisses)...</translation>
    </message>
    <message>
        <source>Export Preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>The preview could not be worked out: %1</source>
        <translation>Die Vorschau konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>%1: from it %2 add(s), %3 modify(ies), %4 delete(s); to it (%5) %6 add(s), %7 modify(ies), %8 delete(s)</source>
        <translation>%1: von dort %2 Hinzufügung(en), %3 Änderung(en), %4 Löschung(en); dorthin (%5) %6 Hinzufügung(en), %7 Änderung(en), %8 Löschung(en)</translation>
    </message>
    <message>
        <source>%1: %2 deletion(s) wait for approval</source>
        <translation>%1: %2 Löschung(en) warten auf Genehmigung</translation>
    </message>
    <message>
        <source>There is no requestor.</source>
        <translation>Es gibt keinen Anforderer.</translation>
    </message>
    <message>
        <source>What the next cycle&apos;s T2 would do; nothing has been changed.</source>
        <translation>Was T2 im nächsten Zyklus tun würde; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No reply is held back by the deletion threshold.</source>
        <translation>Keine Antwort wird durch den Löschschwellenwert zurückgehalten.</translation>
    </message>
    <message>
        <source>These deletions wait for your approval. Approve lets them go with the next cycle.</source>
        <translation>Diese Löschungen warten auf Ihre Genehmigung. „Genehmigen“ lässt sie mit dem nächsten Zyklus durch.</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sa::ui::DeliveryRestrictionsPage</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>L&amp;iste</translation>
    </message>
    <message>
        <source>Accept Messages From</source>
        <translation>Nachrichten annehmen von</translation>
    </message>
    <message>
        <source>Accept from:</source>
        <translation>Annehmen von:</translation>
    </message>
    <message>
        <source>Reject Messages From</source>
        <translation>Nachrichten abweisen von</translation>
    </message>
    <message>
        <source>Reject from:</source>
        <translation>Abweisen von:</translation>
    </message>
    <message>
        <source>Mo&amp;dify...</source>
        <translation>&amp;Ändern...</translation>
    </message>
    <message>
        <source>Accept messages from:</source>
        <translation>Nachrichten annehmen von:</translation>
    </message>
    <message>
        <source>Reject messages from:</source>
        <translation>Nachrichten abweisen von:</translation>
    </message>
    <message>
        <source>Delivery Restrictions</source>
        <translation>Übermittlungseinschränkungen</translation>
    </message>
</context>
<context>
    <name>sa::ui::DiagnosticsLoggingPage</name>
    <message>
        <source>Service: %1. Errors are always logged; warnings from Minimum, information from Medium.</source>
        <translation>Dienst: %1. Fehler werden immer protokolliert; Warnungen ab Minimum, Informationen ab Mittel.</translation>
    </message>
    <message>
        <source>Diagnostics Logging</source>
        <translation>Diagnoseprotokollierung</translation>
    </message>
</context>
<context>
    <name>sa::ui::DirectoryTransferDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save List...</source>
        <translation>Liste &amp;speichern...</translation>
    </message>
    <message>
        <source>Directory Import</source>
        <translation>Verzeichnisimport</translation>
    </message>
    <message>
        <source>Directory Export</source>
        <translation>Verzeichnisexport</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Durc&amp;hsuchen...</translation>
    </message>
    <message>
        <source>Import &amp;file:</source>
        <translation>Import&amp;datei:</translation>
    </message>
    <message>
        <source>Export &amp;file:</source>
        <translation>Export&amp;datei:</translation>
    </message>
    <message>
        <source>Default c&amp;ontainer:</source>
        <translation>Standard&amp;container:</translation>
    </message>
    <message>
        <source>Export c&amp;ontainer:</source>
        <translation>Export&amp;container:</translation>
    </message>
    <message>
        <source>Include s&amp;ubcontainers</source>
        <translation>&amp;Untercontainer einbeziehen</translation>
    </message>
    <message>
        <source>Export objects</source>
        <translation>Objekte exportieren</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Postfächer</translation>
    </message>
    <message>
        <source>&amp;Distribution lists</source>
        <translation>&amp;Verteilerlisten</translation>
    </message>
    <message>
        <source>Custom &amp;recipients</source>
        <translation>Benutzerdefinierte Emp&amp;fänger</translation>
    </message>
    <message>
        <source>The first line of the file names the attributes (Obj-Class, Mode, Common-Name, Display-Name, ...). A row whose Mode is empty or Update creates the recipient or changes it; Create, Modify and Delete do only that. The whole file is checked first: if a row is wrong, nothing is imported and the problems are listed.</source>
        <translation>Die erste Zeile der Datei nennt die Attribute (Obj-Class, Mode, Common-Name, Display-Name, ...). Eine Zeile, deren Mode leer oder Update ist, erstellt den Empfänger oder ändert ihn; Create, Modify und Delete tun nur dies. Zuerst wird die ganze Datei geprüft: Ist eine Zeile fehlerhaft, wird nichts importiert, und die Probleme werden aufgelistet.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv);;All files (*)</source>
        <translation>Kommagetrennte Werte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Importdatei</translation>
    </message>
    <message>
        <source>Export File</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wird importiert...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Wird exportiert...</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 modified, %3 unchanged, %4 deleted.</source>
        <translation>Importiert: %1 erstellt, %2 geändert, %3 unverändert, %4 gelöscht.</translation>
    </message>
    <message>
        <source>Exported %L1 objects to %2.</source>
        <translation>%L1 Objekte nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has a problem, listed below.</source>
        <translation>Es wurde nichts importiert: Die Datei hat ein Problem, unten aufgeführt.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %L1 problems, listed below.</source>
        <translation>Es wurde nichts importiert: Die Datei hat %L1 Probleme, unten aufgeführt.</translation>
    </message>
    <message>
        <source>Save List</source>
        <translation>Liste speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Multivalued properties</source>
        <translation>Mehrwertige Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Append values</source>
        <translation>Werte an&amp;fügen</translation>
    </message>
    <message>
        <source>Values in the file are added to those a recipient already has.</source>
        <translation>Die Werte der Datei werden den vorhandenen Werten eines Empfängers hinzugefügt.</translation>
    </message>
    <message>
        <source>Over&amp;write values</source>
        <translation>Werte ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Values in the file replace those a recipient has.</source>
        <translation>Die Werte der Datei ersetzen die Werte eines Empfängers.</translation>
    </message>
    <message>
        <source>Detect (byte-order mark, else UTF-8)</source>
        <translation>Erkennen (Bytereihenfolgemarke, sonst UTF-8)</translation>
    </message>
    <message>
        <source>ANSI (Windows-1252)</source>
        <translation>ANSI (Windows-1252)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>C&amp;haracter set:</source>
        <translation>&amp;Zeichensatz:</translation>
    </message>
    <message>
        <source>MS Exchange se&amp;rver:</source>
        <translation>&amp;MS Exchange-Server:</translation>
    </message>
</context>
<context>
    <name>sa::ui::DirsyncAddressPage</name>
    <message>
        <source>Dir-Sync Address</source>
        <translation>Dir-Sync-Adresse</translation>
    </message>
    <message>
        <source>Dirsync &amp;Address...</source>
        <translation>Dirsync-&amp;Adresse...</translation>
    </message>
    <message>
        <source>&amp;Dir-Sync address:</source>
        <translation>&amp;Dir-Sync-Adresse:</translation>
    </message>
    <message>
        <source>%1 is a postoffice of this site&apos;s MS Mail Connector: the hidden custom recipient %1/$SYSTEM is made with the requestor and receives its dirsync mail.</source>
        <translation>%1 ist ein Postamt des MS Mail Connectors dieses Standorts: Der ausgeblendete benutzerdefinierte Empfänger %1/$SYSTEM wird mit dem Anforderer erstellt und empfängt dessen Dirsync-Nachrichten.</translation>
    </message>
    <message>
        <source>This requestor&apos;s dirsync mail goes to %1, the postoffice&apos;s $SYSTEM mailbox.</source>
        <translation>Die Dirsync-Nachrichten dieses Anforderers gehen an %1, das $SYSTEM-Postfach des Postamts.</translation>
    </message>
    <message>
        <source>This requestor&apos;s dirsync mail goes to %1, the postoffice&apos;s $SYSTEM mailbox (an MS Mail custom recipient, hidden from the address book). To send it to another, choose it with Dirsync Address...</source>
        <translation>Die Dirsync-Nachrichten dieses Anforderers gehen an %1, das $SYSTEM-Postfach des Postamts (ein benutzerdefinierter MS Mail-Empfänger, im Adressbuch ausgeblendet). Um sie an ein anderes zu senden, wählen Sie es mit „Dirsync-Adresse...“.</translation>
    </message>
    <message>
        <source>Dirsync mail for this requestor goes to an MS Mail custom recipient NETWORK/POSTOFFICE/$SYSTEM. Make one with File &gt; New Custom Recipient &gt; Microsoft Mail Address (mailbox $system, hidden from the address book), then choose it with Dirsync Address...</source>
        <translation>Dirsync-Nachrichten für diesen Anforderer gehen an einen benutzerdefinierten MS Mail-Empfänger NETZWERK/POSTAMT/$SYSTEM. Erstellen Sie einen mit Datei &gt; Neuer benutzerdefinierter Empfänger &gt; Microsoft Mail-Adresse (Postfach $system, im Adressbuch ausgeblendet), und wählen Sie ihn dann mit „Dirsync-Adresse...“.</translation>
    </message>
    <message>
        <source>Choose the requestor&apos;s Dir-Sync Address with Dirsync Address...</source>
        <translation>Wählen Sie die Dir-Sync-Adresse des Anforderers mit „Dirsync-Adresse...“.</translation>
    </message>
    <message>
        <source>The Dir-Sync Address must be an MS Mail custom recipient NETWORK/POSTOFFICE/$SYSTEM; %1 is not one.</source>
        <translation>Die Dir-Sync-Adresse muss ein benutzerdefinierter MS Mail-Empfänger NETZWERK/POSTAMT/$SYSTEM sein; %1 ist keiner.</translation>
    </message>
    <message>
        <source>%1 already has a requestor, %2, which receives its dirsync mail at %3. A postoffice has one requestor: open that one, or choose the $SYSTEM recipient of another postoffice.</source>
        <translation>%1 hat bereits einen Anforderer, %2, der seine Dirsync-Nachrichten unter %3 empfängt. Ein Postamt hat einen Anforderer: Öffnen Sie diesen, oder wählen Sie den $SYSTEM-Empfänger eines anderen Postamts.</translation>
    </message>
</context>
<context>
    <name>sa::ui::DirsyncCommands</name>
    <message>
        <source>Directory Synchronization Server</source>
        <translation>Verzeichnissynchronisationsserver</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>The server whose Directory Synchronization service answers the MS Mail postoffices, and who gets copies of the dirsync mail.</source>
        <translation>Der Server, dessen Verzeichnissynchronisationsdienst den MS Mail-Postämtern antwortet, und wer Kopien der Dirsync-Nachrichten erhält.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>When T2 runs: the server takes the postoffices&apos; updates and sends each what it lacks, at the top of each selected hour.</source>
        <translation>Wann T2 läuft: Der Server übernimmt die Aktualisierungen der Postämter und sendet jedem, was ihm fehlt, jeweils zur vollen ausgewählten Stunde.</translation>
    </message>
    <message>
        <source>Its name, the dirsync password registered on the MS Mail side, and what the next cycle does.</source>
        <translation>Sein Name, das auf der MS Mail-Seite registrierte Dirsync-Kennwort und was der nächste Zyklus tut.</translation>
    </message>
    <message>
        <source>Dir-Sync Address</source>
        <translation>Dir-Sync-Adresse</translation>
    </message>
    <message>
        <source>The $SYSTEM mailbox of the postoffice, where its dirsync mail goes.</source>
        <translation>Das $SYSTEM-Postfach des Postamts, an das seine Dirsync-Nachrichten gehen.</translation>
    </message>
    <message>
        <source>Import Container</source>
        <translation>Importcontainer</translation>
    </message>
    <message>
        <source>Where the postoffice&apos;s users become custom recipients.</source>
        <translation>Wo die Benutzer des Postamts zu benutzerdefinierten Empfängern werden.</translation>
    </message>
    <message>
        <source>Export Containers</source>
        <translation>Exportcontainer</translation>
    </message>
    <message>
        <source>What the postoffice&apos;s users will see of this organization.</source>
        <translation>Was die Benutzer des Postamts von dieser Organisation sehen werden.</translation>
    </message>
    <message>
        <source>Its name, the address types to ask the server for, and the server that is the requestor.</source>
        <translation>Sein Name, die beim Server anzufordernden Adresstypen und der Server, der den Anforderer stellt.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The dirsync password registered on the server, and what is sent and received.</source>
        <translation>Das auf dem Server registrierte Dirsync-Kennwort und was gesendet und empfangen wird.</translation>
    </message>
    <message>
        <source>The $SYSTEM mailbox of the dirsync server, where the updates go.</source>
        <translation>Das $SYSTEM-Postfach des Dirsync-Servers, an das die Aktualisierungen gehen.</translation>
    </message>
    <message>
        <source>Where the server&apos;s entries become custom recipients.</source>
        <translation>Wo die Einträge des Servers zu benutzerdefinierten Empfängern werden.</translation>
    </message>
    <message>
        <source>What the MS Mail postoffices will see of this organization.</source>
        <translation>Was die MS Mail-Postämter von dieser Organisation sehen werden.</translation>
    </message>
    <message>
        <source>When T1 runs: this site sends its updates and requests at the top of each selected hour.</source>
        <translation>Wann T1 läuft: Dieser Standort sendet seine Aktualisierungen und Anforderungen jeweils zur vollen ausgewählten Stunde.</translation>
    </message>
</context>
<context>
    <name>sa::ui::DirsyncPasswordCheck</name>
    <message>
        <source>The dirsync password</source>
        <translation>Das Dirsync-Kennwort</translation>
    </message>
</context>
<context>
    <name>sa::ui::DirsyncRequestorGeneralPage</name>
    <message>
        <source>A&amp;ppend to imported users&apos; display name</source>
        <translation>An Anzeigenamen importierter Benutzer an&amp;hängen</translation>
    </message>
    <message>
        <source>Address &amp;types to request:</source>
        <translation>Anzufordernde Adress&amp;typen:</translation>
    </message>
    <message>
        <source>Requestor &amp;language:</source>
        <translation>S&amp;prache des Anforderers:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address type (letters and digits: PCM, SMTP, PROFS).</source>
        <translation>„%1“ ist kein Adresstyp (Buchstaben und Ziffern: PCM, SMTP, PROFS).</translation>
    </message>
    <message>
        <source>Choose the server whose Directory Synchronization service is the requestor.</source>
        <translation>Wählen Sie den Server, dessen Verzeichnissynchronisationsdienst der Anforderer ist.</translation>
    </message>
</context>
<context>
    <name>sa::ui::DirsyncServerGeneralPage</name>
    <message>
        <source>Dirsync Administrator</source>
        <translation>Dirsync-Administrator</translation>
    </message>
    <message>
        <source>Co&amp;py administrator on outgoing messages</source>
        <translation>Administrator bei ausgehenden Nachrichten in &amp;Kopie</translation>
    </message>
    <message>
        <source>&amp;Forward incoming dirsync messages to administrator</source>
        <translation>Eingehende Dirsync-Nachrichten an Administrator wei&amp;terleiten</translation>
    </message>
    <message>
        <source>Dirsync &amp;Admin...</source>
        <translation>Dirsync-A&amp;dmin...</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Dirsync ad&amp;ministrator:</source>
        <translation>Dirsync-Ad&amp;ministrator:</translation>
    </message>
    <message>
        <source>Choose the server whose Directory Synchronization service is to be the dirsync server.</source>
        <translation>Wählen Sie den Server, dessen Verzeichnissynchronisationsdienst der Dirsync-Server sein soll.</translation>
    </message>
</context>
<context>
    <name>sa::ui::DirsyncSettingsPage</name>
    <message>
        <source>&amp;Send updates</source>
        <translation>Aktualisierungen &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Receive updates</source>
        <translation>Aktualisierungen &amp;empfangen</translation>
    </message>
    <message>
        <source>Send &amp;local template information</source>
        <translation>&amp;Lokale Vorlageninformationen senden</translation>
    </message>
    <message>
        <source>Receive &amp;template information</source>
        <translation>&amp;Vorlageninformationen empfangen</translation>
    </message>
    <message>
        <source>&amp;Import on next cycle</source>
        <translation>Beim nächsten Zyklus &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Export on next cycle</source>
        <translation>Beim nächsten Zyklus e&amp;xportieren</translation>
    </message>
    <message>
        <source>Dirsync &amp;password:</source>
        <translation>Dirsync-&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Template information</source>
        <translation>Vorlageninformationen</translation>
    </message>
    <message>
        <source>Dirsync information</source>
        <translation>Dirsync-Informationen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>sa::ui::DistributionListGeneralPage</name>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Distribution List Members</source>
        <translation>Mitglieder der Verteilerliste</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Alia&amp;s name:</source>
        <translation>Alia&amp;sname:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>&amp;Expansion server:</source>
        <translation>&amp;Erweiterungsserver:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Any server in the site</source>
        <translation>Beliebiger Server im Standort</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%L1 members</source>
        <translation>%L1 Mitglieder</translation>
    </message>
    <message>
        <source>Type a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message>
        <source>Type an alias name.</source>
        <translation>Geben Sie einen Aliasnamen ein.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>sa::ui::DxaAddressesPage</name>
    <message>
        <source>Dirsync addresses</source>
        <translation>Dirsync-Adressen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Verwendet als</translation>
    </message>
    <message>
        <source>Dirsync mail for this site reaches the Directory Synchronization service at these addresses. They follow from the organization&apos;s and the site&apos;s names.</source>
        <translation>Dirsync-Nachrichten für diesen Standort erreichen den Verzeichnissynchronisationsdienst unter diesen Adressen. Sie ergeben sich aus den Namen der Organisation und des Standorts.</translation>
    </message>
    <message>
        <source>dirsync server ($SYSTEM)</source>
        <translation>Dirsync-Server ($SYSTEM)</translation>
    </message>
    <message>
        <source>requestor of an MS Mail dirsync server (SYSTEM1)</source>
        <translation>Anforderer eines MS Mail-Dirsync-Servers (SYSTEM1)</translation>
    </message>
    <message>
        <source>E-mail Addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
</context>
<context>
    <name>sa::ui::EditCommands</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>%1 could not be undone: %2. Nothing was changed, and it can no longer be undone.</source>
        <translation>%1 konnte nicht rückgängig gemacht werden: %2. Es wurde nichts geändert, und es kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1 could not be done again: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht wiederholt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Done again: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>%1 is a %2, which cannot be deleted.</source>
        <translation>%1 ist vom Typ %2 und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>these %1 objects</source>
        <translation>diese %1 Objekte</translation>
    </message>
    <message>
        <source>Do you want to permanently delete %1?</source>
        <translation>Möchten Sie %1 endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 Objects</source>
        <translation>%1 Objekte löschen</translation>
    </message>
</context>
<context>
    <name>sa::ui::EmailAddressesPage</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Set As &amp;Primary</source>
        <translation>Als &amp;primär festlegen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>The primary address of each type (in bold) is the reply address for that type. A new recipient gets the addresses Site Addressing makes for the types it lacks.</source>
        <translation>Die primäre Adresse jedes Typs (fett) ist die Antwortadresse für diesen Typ. Ein neuer Empfänger erhält für die ihm fehlenden Typen die Adressen, die die Standortadressierung erzeugt.</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation>E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>E-mail Addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
</context>
<context>
    <name>sa::ui::EventLogDialog</name>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Text, source, event ID or site</source>
        <translation>Text, Quelle, Ereigniskennung oder Standort</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Site %1 logs only directory synchronization problems: Diagnostics Logging of Directory Synchronization on %2 is at %3 for %4, so successful cycles leave no event. &lt;a href=&quot;site:%1|%5&quot;&gt;Set Diagnostics Logging...&lt;/a&gt; (Medium or more logs every cycle)</source>
        <translation>Standort %1 protokolliert nur Probleme der Verzeichnissynchronisation: Die Diagnoseprotokollierung der Verzeichnissynchronisation auf %2 steht für %4 auf %3, daher hinterlassen erfolgreiche Zyklen kein Ereignis. &lt;a href=&quot;site:%1|%5&quot;&gt;Diagnoseprotokollierung festlegen...&lt;/a&gt; (ab Mittel wird jeder Zyklus protokolliert)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>%1  %2  site %3
Source: %4   Category: %5   Event ID: %6

%7</source>
        <translation>%1  %2  Standort %3
Quelle: %4   Kategorie: %5   Ereigniskennung: %6

%7</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>sa::ui::EventLogModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereigniskennung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>sa::ui::ExportContainersPage</name>
    <message>
        <source>Export &amp;custom recipients</source>
        <translation>Benutzerdefinierte Empfänger e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Add -&gt;</source>
        <translation>&amp;Hinzufügen -&gt;</translation>
    </message>
    <message>
        <source>&lt;- &amp;Remove</source>
        <translation>&lt;- &amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Recipient c&amp;ontainers:</source>
        <translation>Empfänger&amp;container:</translation>
    </message>
    <message>
        <source>E&amp;xport these recipients:</source>
        <translation>Diese Empfänger ex&amp;portieren:</translation>
    </message>
    <message>
        <source>&amp;Trust level:</source>
        <translation>&amp;Vertrauensstufe:</translation>
    </message>
    <message>
        <source>Nothing will be exported to this postoffice: add the recipient containers its users should see.</source>
        <translation>An dieses Postamt wird nichts exportiert: Fügen Sie die Empfängercontainer hinzu, die seine Benutzer sehen sollen.</translation>
    </message>
    <message>
        <source>Export Containers</source>
        <translation>Exportcontainer</translation>
    </message>
</context>
<context>
    <name>sa::ui::FindRecipientsDialog</name>
    <message>
        <source>Find Recipients</source>
        <translation>Empfänger suchen</translation>
    </message>
    <message>
        <source>Recipients found</source>
        <translation>Gefundene Empfänger</translation>
    </message>
    <message>
        <source>All recipients containers</source>
        <translation>Alle Empfängercontainer</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Suchen &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Last na&amp;me:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Abteil&amp;ung:</translation>
    </message>
    <message>
        <source>&amp;Alias name:</source>
        <translation>A&amp;liasname:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>Bü&amp;ro:</translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Alias Name</source>
        <translation>Aliasname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Find &amp;Now</source>
        <translation>&amp;Jetzt suchen</translation>
    </message>
    <message>
        <source>New &amp;Search</source>
        <translation>Neue &amp;Suche</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>Öffn&amp;en</translation>
    </message>
    <message>
        <source>More than %L1 recipients match; the first %L1 are shown. Narrow the search.</source>
        <translation>Mehr als %L1 Empfänger stimmen überein; die ersten %L1 werden angezeigt. Schränken Sie die Suche ein.</translation>
    </message>
    <message>
        <source>1 recipient found.</source>
        <translation>1 Empfänger gefunden.</translation>
    </message>
    <message>
        <source>%L1 recipients found.</source>
        <translation>%L1 Empfänger gefunden.</translation>
    </message>
</context>
<context>
    <name>sa::ui::FirstRunDialog</name>
    <message>
        <source>Site Administrator - New Organization</source>
        <translation>Site Administrator - Neue Organisation</translation>
    </message>
    <message>
        <source>There is no organization in %1 yet.

Create one there: name the organization, its first site and that site&apos;s first server. Or open the demo organization to look around first: NORTHWIND, with sites SEATTLE and LONDON and MS Mail postoffices PO1 and PO2 kept in step by directory synchronization (Help &gt; Procedure shows how it was set up). The demo is kept in its own folder, %2, and built there the first time.</source>
        <translation>In %1 gibt es noch keine Organisation.

Erstellen Sie dort eine: Benennen Sie die Organisation, ihren ersten Standort und dessen ersten Server. Oder öffnen Sie zuerst die Demoorganisation, um sich umzusehen: NORTHWIND, mit den Standorten SEATTLE und LONDON und den MS Mail-Postämtern PO1 und PO2, die durch Verzeichnissynchronisation abgeglichen werden (? &gt; Vorgehensweise zeigt, wie sie eingerichtet wurde). Die Demo liegt in einem eigenen Ordner, %2, und wird dort beim ersten Mal erstellt.</translation>
    </message>
    <message>
        <source>&amp;Organization name:</source>
        <translation>Name der &amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Site name:</source>
        <translation>Name des &amp;Standorts:</translation>
    </message>
    <message>
        <source>Se&amp;rver name:</source>
        <translation>Name des Se&amp;rvers:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Organization</source>
        <translation>&amp;Demoorganisation öffnen</translation>
    </message>
</context>
<context>
    <name>sa::ui::GeneralPage</name>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Di&amp;rectory name:</source>
        <translation>Ve&amp;rzeichnisname:</translation>
    </message>
    <message>
        <source>Object type:</source>
        <translation>Objekttyp:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>Administrati&amp;ve note:</source>
        <translation>&amp;Verwaltungsnotiz:</translation>
    </message>
    <message>
        <source>(top of the directory)</source>
        <translation>(Stamm des Verzeichnisses)</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Noch nicht erstellt</translation>
    </message>
    <message>
        <source>%1 (USN %2)</source>
        <translation>%1 (USN %2)</translation>
    </message>
    <message>
        <source>Type a directory name.</source>
        <translation>Geben Sie einen Verzeichnisnamen ein.</translation>
    </message>
    <message>
        <source>Type a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>sa::ui::HistoryPage</name>
    <message>
        <source>Changes to this object</source>
        <translation>Änderungen an diesem Objekt</translation>
    </message>
    <message>
        <source>This object does not exist yet: its history starts when you press OK.</source>
        <translation>Dieses Objekt existiert noch nicht: Sein Verlauf beginnt, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Changes to this object are kept at site %1, which it belongs to. Connect to a server in %1 to see them.</source>
        <translation>Änderungen an diesem Objekt werden an Standort %1 geführt, zu dem es gehört. Stellen Sie eine Verbindung mit einem Server in %1 her, um sie zu sehen.</translation>
    </message>
    <message>
        <source>No change of this object is kept: it was made before this version kept them, or the changes are older than the services keep (Tools &gt; Options).</source>
        <translation>Für dieses Objekt ist keine Änderung gespeichert: Es wurde erstellt, bevor diese Version Änderungen speicherte, oder die Änderungen sind älter, als die Dienste sie aufbewahren (Extras &gt; Optionen).</translation>
    </message>
    <message>
        <source>Who changed this object, newest first. Values are not kept, only which attributes were written.</source>
        <translation>Wer dieses Objekt geändert hat, die neueste Änderung zuerst. Werte werden nicht gespeichert, nur welche Attribute geschrieben wurden.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>sa::ui::ImportContainerPage</name>
    <message>
        <source>The requestor&apos;s entries become custom recipients in this container. It cannot be changed once the requestor exists: delete the requestor and create it again to import elsewhere.</source>
        <translation>Die Einträge des Anforderers werden zu benutzerdefinierten Empfängern in diesem Container. Er kann nicht geändert werden, sobald der Anforderer existiert: Löschen Sie den Anforderer und erstellen Sie ihn neu, um anderswohin zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>&amp;Trust level:</source>
        <translation>&amp;Vertrauensstufe:</translation>
    </message>
    <message>
        <source>(choose a container)</source>
        <translation>(Container auswählen)</translation>
    </message>
    <message>
        <source>Choose the container the requestor&apos;s entries are imported into.</source>
        <translation>Wählen Sie den Container, in den die Einträge des Anforderers importiert werden.</translation>
    </message>
    <message>
        <source>Import Container</source>
        <translation>Importcontainer</translation>
    </message>
</context>
<context>
    <name>sa::ui::ImsConnectionsPage</name>
    <message>
        <source>Transfer mode</source>
        <translation>Übertragungsmodus</translation>
    </message>
    <message>
        <source>Inbound &amp;&amp; &amp;outbound</source>
        <translation>Eingehend &amp;&amp; &amp;ausgehend</translation>
    </message>
    <message>
        <source>&amp;Inbound only</source>
        <translation>Nur &amp;eingehend</translation>
    </message>
    <message>
        <source>Outbound o&amp;nly</source>
        <translation>Nur a&amp;usgehend</translation>
    </message>
    <message>
        <source>None (&amp;flush queues)</source>
        <translation>Keine (Warteschlangen &amp;leeren)</translation>
    </message>
    <message>
        <source>seattle.northwind.example</source>
        <translation>seattle.northwind.example</translation>
    </message>
    <message>
        <source>Where the Queues page reads the mail server&apos;s queue (postqueue -c)</source>
        <translation>Wo die Seite „Warteschlangen“ die Warteschlange des Mailservers liest (postqueue -c)</translation>
    </message>
    <message>
        <source>Message delivery</source>
        <translation>Nachrichtenzustellung</translation>
    </message>
    <message>
        <source>Forward all messages to &amp;host:</source>
        <translation>Alle Nachrichten an &amp;Host weiterleiten:</translation>
    </message>
    <message>
        <source>SMTP &amp;port:</source>
        <translation>SMTP-&amp;Port:</translation>
    </message>
    <message>
        <source>Postfix &amp;configuration:</source>
        <translation>Postfix-&amp;Konfiguration:</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>This site&apos;s mail &amp;domain:</source>
        <translation>Mail&amp;domäne dieses Standorts:</translation>
    </message>
    <message>
        <source>The mail server on the host (Postfix) queues, retries and routes; it delivers this domain to siteadminctl deliver (installer/postfix-site.sh sets that up).</source>
        <translation>Der Mailserver des Rechners (Postfix) verwaltet Warteschlangen, Wiederholungen und Routing; er stellt diese Domäne an siteadminctl deliver zu (installer/postfix-site.sh richtet das ein).</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>Der Host</translation>
    </message>
    <message>
        <source>The mail domain</source>
        <translation>Die Maildomäne</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a domain name.</source>
        <translation>%1 „%2“ ist kein Domänenname.</translation>
    </message>
    <message>
        <source>The Postfix configuration &quot;%1&quot; is not a folder&apos;s full path.</source>
        <translation>Die Postfix-Konfiguration „%1“ ist kein vollständiger Ordnerpfad.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>sa::ui::ImsQueuesPage</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation>Wartet, weil</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Warteschlangenkennung</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Deferred because</source>
        <translation>Zurückgestellt, weil</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>&amp;Zurückgeben</translation>
    </message>
    <message>
        <source>Delete the selected messages without a report to their senders</source>
        <translation>Die ausgewählten Nachrichten ohne Bericht an die Absender löschen</translation>
    </message>
    <message>
        <source>Return the selected messages to their senders with a non-delivery report</source>
        <translation>Die ausgewählten Nachrichten mit Unzustellbarkeitsbericht an die Absender zurückgeben</translation>
    </message>
    <message>
        <source>Waiting at this service for the mail server (Postfix) to take them:</source>
        <translation>Warten bei diesem Dienst darauf, dass der Mailserver (Postfix) sie übernimmt:</translation>
    </message>
    <message>
        <source>Taken by the mail server, not delivered yet (its queue; postsuper manages it):</source>
        <translation>Vom Mailserver übernommen, noch nicht zugestellt (seine Warteschlange; postsuper verwaltet sie):</translation>
    </message>
    <message>
        <source>A new Internet Mail Service has no queues yet.</source>
        <translation>Ein neuer Internet Mail Service hat noch keine Warteschlangen.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Nothing is waiting at this service.</source>
        <translation>Bei diesem Dienst wartet nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting; not tried yet.</source>
        <translation>
            <numerusform>%n Nachricht wartet; noch nicht versucht.</numerusform>
            <numerusform>%n Nachrichten warten; noch nicht versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting. The oldest waits because %1</source>
        <translation>
            <numerusform>%n Nachricht wartet. Die älteste wartet, weil %1</numerusform>
            <numerusform>%n Nachrichten warten. Die älteste wartet, weil %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the system&apos;s Postfix</source>
        <translation>dem Postfix des Systems</translation>
    </message>
    <message>
        <source>Nothing from this service waits in %1.</source>
        <translation>Nichts von diesem Dienst wartet in %1.</translation>
    </message>
    <message>
        <source>%1 message(s) from this service wait in %2.</source>
        <translation>%1 Nachricht(en) von diesem Dienst warten in %2.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
</context>
<context>
    <name>sa::ui::InterchangePage</name>
    <message>
        <source>Administrator&apos;s Mailbox</source>
        <translation>Postfach des Administrators</translation>
    </message>
    <message>
        <source>Ma&amp;ximize MS Mail 3.x compatibility</source>
        <translation>MS Mail 3.x-Kompatibilität ma&amp;ximieren</translation>
    </message>
    <message>
        <source>Enable message &amp;tracking</source>
        <translation>Nachrichten&amp;verfolgung aktivieren</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>&amp;Administrator&apos;s mailbox:</source>
        <translation>Postfach des &amp;Administrators:</translation>
    </message>
    <message>
        <source>&amp;Primary language for clients:</source>
        <translation>&amp;Primäre Sprache für Clients:</translation>
    </message>
    <message>
        <source>Interchange</source>
        <translation>Interchange</translation>
    </message>
</context>
<context>
    <name>sa::ui::Levels</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>sa::ui::LocalPostofficePage</name>
    <message>
        <source>MS Mail postoffices see this site as the postoffice below; their users address its recipients as NETWORK/POSTOFFICE/alias.</source>
        <translation>MS Mail-Postämter sehen diesen Standort als das unten angegebene Postamt; ihre Benutzer adressieren seine Empfänger als NETZWERK/POSTAMT/Alias.</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Netzwerkname:</translation>
    </message>
    <message>
        <source>&amp;Postoffice name:</source>
        <translation>&amp;Postamtname:</translation>
    </message>
    <message>
        <source>Local Postoffice</source>
        <translation>Lokales Postamt</translation>
    </message>
</context>
<context>
    <name>sa::ui::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Other users may read these files</source>
        <translation>Andere Benutzer können diese Dateien lesen</translation>
    </message>
    <message>
        <source>the organization folder itself</source>
        <translation>der Organisationsordner selbst</translation>
    </message>
    <message numerus="yes">
        <source>Other users of this machine may read or change %n file(s) of the organization folder %1, which hold the dirsync passwords: %2%3.

To keep them for their owner, run:
%4</source>
        <translation>
            <numerusform>Andere Benutzer dieses Rechners können %n Datei des Organisationsordners %1 lesen oder ändern, die die Dirsync-Kennwörter enthält: %2%3.

Um sie ihrem Besitzer vorzubehalten, führen Sie aus:
%4</numerusform>
            <numerusform>Andere Benutzer dieses Rechners können %n Dateien des Organisationsordners %1 lesen oder ändern, die die Dirsync-Kennwörter enthalten: %2%3.

Um sie ihrem Besitzer vorzubehalten, führen Sie aus:
%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Files Others May Read</source>
        <translation>Dateien, die andere lesen können</translation>
    </message>
    <message>
        <source>Open Organization</source>
        <translation>Organisation öffnen</translation>
    </message>
    <message>
        <source>%1 is the organization open in this window</source>
        <translation>%1 ist die in diesem Fenster geöffnete Organisation</translation>
    </message>
    <message>
        <source>%1 holds no organization that can be opened: %2</source>
        <translation>%1 enthält keine Organisation, die geöffnet werden kann: %2</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Verbindung mit Server herstellen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Several objects are changed at once only when all are recipients; %1 is a %2. Select recipients only, or one object.</source>
        <translation>Mehrere Objekte werden nur dann gemeinsam geändert, wenn alle Empfänger sind; %1 ist vom Typ %2. Wählen Sie nur Empfänger oder ein einzelnes Objekt.</translation>
    </message>
    <message>
        <source>Save Window Contents</source>
        <translation>Fensterinhalt speichern</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>Saved %L1 rows to %2</source>
        <translation>%L1 Zeilen in %2 gespeichert</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schriftart</translation>
    </message>
    <message>
        <source>About Site Administrator</source>
        <translation>Info über Site Administrator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Administers a mail organization&apos;s site directory and its MS Mail directory synchronization, in the manner of the Exchange Server Administrator.&lt;/p&gt;&lt;p&gt;Organization: %3&lt;br&gt;Folder: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Verwaltet das Standortverzeichnis einer Mailorganisation und dessen MS Mail-Verzeichnissynchronisation, nach dem Vorbild des Exchange Server-Administrators.&lt;/p&gt;&lt;p&gt;Organisation: %3&lt;br&gt;Ordner: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>Verbindung mit Server &amp;herstellen...</translation>
    </message>
    <message>
        <source>Open a window on another server of the organization</source>
        <translation>Ein Fenster für einen anderen Server der Organisation öffnen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the active server window</source>
        <translation>Das aktive Serverfenster schließen</translation>
    </message>
    <message>
        <source>New &amp;Mailbox...</source>
        <translation>Neues &amp;Postfach...</translation>
    </message>
    <message>
        <source>Create a mailbox in the selected recipients container</source>
        <translation>Ein Postfach im ausgewählten Empfängercontainer erstellen</translation>
    </message>
    <message>
        <source>New &amp;Distribution List...</source>
        <translation>Neue &amp;Verteilerliste...</translation>
    </message>
    <message>
        <source>Create a distribution list in the selected recipients container</source>
        <translation>Eine Verteilerliste im ausgewählten Empfängercontainer erstellen</translation>
    </message>
    <message>
        <source>New C&amp;ustom Recipient...</source>
        <translation>Neuer ben&amp;utzerdefinierter Empfänger...</translation>
    </message>
    <message>
        <source>Create a custom recipient (an MS Mail, Internet, X.400 or other address)</source>
        <translation>Einen benutzerdefinierten Empfänger erstellen (eine MS Mail-, Internet-, X.400- oder andere Adresse)</translation>
    </message>
    <message>
        <source>New &amp;Other</source>
        <translation>Neu: &amp;Andere</translation>
    </message>
    <message>
        <source>&amp;Recipients Container...</source>
        <translation>&amp;Empfängercontainer...</translation>
    </message>
    <message>
        <source>Create a recipients container in the site</source>
        <translation>Einen Empfängercontainer im Standort erstellen</translation>
    </message>
    <message>
        <source>&amp;Site Connector...</source>
        <translation>S&amp;tandortconnector...</translation>
    </message>
    <message>
        <source>Connect this site&apos;s messaging to another site</source>
        <translation>Den Nachrichtenverkehr dieses Standorts mit einem anderen Standort verbinden</translation>
    </message>
    <message>
        <source>&amp;Directory Replication Connector...</source>
        <translation>&amp;Verzeichnisreplikationsconnector...</translation>
    </message>
    <message>
        <source>Replicate the directory with another site</source>
        <translation>Das Verzeichnis mit einem anderen Standort replizieren</translation>
    </message>
    <message>
        <source>&amp;Internet Mail Service...</source>
        <translation>&amp;Internet Mail Service...</translation>
    </message>
    <message>
        <source>Connect this site to sites on other machines through a mail server (Postfix)</source>
        <translation>Diesen Standort über einen Mailserver (Postfix) mit Standorten auf anderen Rechnern verbinden</translation>
    </message>
    <message>
        <source>&amp;MS Mail Connector...</source>
        <translation>&amp;MS Mail Connector...</translation>
    </message>
    <message>
        <source>Connect a server of this site to MS Mail postoffices (Exchange&apos;s setup did this; here it is a command of its own)</source>
        <translation>Einen Server dieses Standorts mit MS Mail-Postämtern verbinden (bei Exchange tat dies das Setup; hier ist es ein eigener Befehl)</translation>
    </message>
    <message>
        <source>Dir-Sync Re&amp;questor...</source>
        <translation>Dir-Sync-&amp;Anforderer...</translation>
    </message>
    <message>
        <source>Make this server a requestor of an MS Mail directory synchronization server</source>
        <translation>Diesen Server zum Anforderer eines MS Mail-Verzeichnissynchronisationsservers machen</translation>
    </message>
    <message>
        <source>Directory Synchronization Ser&amp;ver...</source>
        <translation>Verzeichnissynchronisations&amp;server...</translation>
    </message>
    <message>
        <source>Make this server the directory synchronization server</source>
        <translation>Diesen Server zum Verzeichnissynchronisationsserver machen</translation>
    </message>
    <message>
        <source>Remote Dir-Sync Requ&amp;estor...</source>
        <translation>&amp;Remote-Dir-Sync-Anforderer...</translation>
    </message>
    <message>
        <source>Let an MS Mail postoffice synchronize with this server; needs a Directory Synchronization Server first</source>
        <translation>Ein MS Mail-Postamt mit diesem Server synchronisieren lassen; erfordert zuerst einen Verzeichnissynchronisationsserver</translation>
    </message>
    <message>
        <source>Save Window Con&amp;tents...</source>
        <translation>Fensterinhalt &amp;speichern...</translation>
    </message>
    <message>
        <source>Save the list on the right to a CSV file</source>
        <translation>Die Liste rechts in einer CSV-Datei speichern</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>Show the selected object&apos;s property sheet</source>
        <translation>Die Eigenschaften des ausgewählten Objekts anzeigen</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Create a recipient like the selected one</source>
        <translation>Einen Empfänger wie den ausgewählten erstellen</translation>
    </message>
    <message>
        <source>Ra&amp;w Properties...</source>
        <translation>&amp;Rohdateneigenschaften...</translation>
    </message>
    <message>
        <source>Show every attribute of the selected object</source>
        <translation>Jedes Attribut des ausgewählten Objekts anzeigen</translation>
    </message>
    <message>
        <source>Raw Properties</source>
        <translation>Rohdateneigenschaften</translation>
    </message>
    <message>
        <source>Open Or&amp;ganization...</source>
        <translation>&amp;Organisation öffnen...</translation>
    </message>
    <message>
        <source>Close this organization and open the one in another folder</source>
        <translation>Diese Organisation schließen und die in einem anderen Ordner öffnen</translation>
    </message>
    <message>
        <source>Recent Organi&amp;zations</source>
        <translation>&amp;Zuletzt geöffnete Organisationen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Site Administrator</source>
        <translation>Site Administrator beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change made in this window</source>
        <translation>Die letzte in diesem Fenster gemachte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Make again the last change taken back</source>
        <translation>Die zuletzt zurückgenommene Änderung erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Recipients stay in the container they were made in, as in the original: create one anew in the other container and delete this one</source>
        <translation>Empfänger bleiben in dem Container, in dem sie erstellt wurden, wie im Original: Erstellen Sie im anderen Container einen neuen und löschen Sie diesen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as text</source>
        <translation>Die ausgewählten Zeilen als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Nothing can be pasted into the directory: recipients come from New Mailbox, Duplicate or Tools &gt; Directory Import</source>
        <translation>In das Verzeichnis kann nichts eingefügt werden: Empfänger entstehen über Neues Postfach, Duplizieren oder Extras &gt; Verzeichnisimport</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected objects (asks first)</source>
        <translation>Die ausgewählten Objekte löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>Select every row of the list</source>
        <translation>Jede Zeile der Liste markieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Postfächer</translation>
    </message>
    <message>
        <source>&amp;Distribution Lists</source>
        <translation>&amp;Verteilerlisten</translation>
    </message>
    <message>
        <source>&amp;Custom Recipients</source>
        <translation>Ben&amp;utzerdefinierte Empfänger</translation>
    </message>
    <message>
        <source>&amp;Public Folders</source>
        <translation>Öffentliche &amp;Ordner</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Show only these recipients in the list</source>
        <translation>Nur diese Empfänger in der Liste anzeigen</translation>
    </message>
    <message>
        <source>Public folders are not part of Site Administrator</source>
        <translation>Öffentliche Ordner gehören nicht zu Site Administrator</translation>
    </message>
    <message>
        <source>&amp;Hidden Recipients</source>
        <translation>Ausgeble&amp;ndete Empfänger</translation>
    </message>
    <message>
        <source>Also list recipients hidden from the address book</source>
        <translation>Auch im Adressbuch ausgeblendete Empfänger auflisten</translation>
    </message>
    <message>
        <source>C&amp;olumns...</source>
        <translation>&amp;Spalten...</translation>
    </message>
    <message>
        <source>Choose the columns of the list</source>
        <translation>Die Spalten der Liste auswählen</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>Sor&amp;tieren nach</translation>
    </message>
    <message>
        <source>&amp;Display Name</source>
        <translation>&amp;Anzeigename</translation>
    </message>
    <message>
        <source>Sort the list by display name</source>
        <translation>Die Liste nach Anzeigename sortieren</translation>
    </message>
    <message>
        <source>&amp;Last Modified Date</source>
        <translation>&amp;Datum der letzten Änderung</translation>
    </message>
    <message>
        <source>Sort the list by the date of the last change</source>
        <translation>Die Liste nach dem Datum der letzten Änderung sortieren</translation>
    </message>
    <message>
        <source>&amp;Font...</source>
        <translation>Schri&amp;ftart...</translation>
    </message>
    <message>
        <source>Choose the font of the lists</source>
        <translation>Die Schriftart der Listen auswählen</translation>
    </message>
    <message>
        <source>S&amp;ynchronization Status</source>
        <translation>S&amp;ynchronisationsstatus</translation>
    </message>
    <message>
        <source>Show where each dirsync requestor stands, the run history and a chart</source>
        <translation>Den Stand jedes Dirsync-Anforderers, den Laufverlauf und ein Diagramm anzeigen</translation>
    </message>
    <message>
        <source>&amp;Queues...</source>
        <translation>&amp;Warteschlangen...</translation>
    </message>
    <message>
        <source>The messages the active server&apos;s Message Transfer Agent holds</source>
        <translation>Die Nachrichten, die der Message Transfer Agent des aktiven Servers hält</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <source>The events of the organization&apos;s services, with filters</source>
        <translation>Die Ereignisse der Dienste der Organisation, mit Filtern</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Än&amp;derungsprotokoll</translation>
    </message>
    <message>
        <source>Who changed what in the directory, with filters and export</source>
        <translation>Wer was im Verzeichnis geändert hat, mit Filtern und Export</translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation>Status&amp;leiste</translation>
    </message>
    <message>
        <source>Show or hide the status bar</source>
        <translation>Die Statusleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Directory &amp;Import...</source>
        <translation>Verzeichnis&amp;import...</translation>
    </message>
    <message>
        <source>Create, change or delete recipients from a CSV file</source>
        <translation>Empfänger aus einer CSV-Datei erstellen, ändern oder löschen</translation>
    </message>
    <message>
        <source>Directory &amp;Export...</source>
        <translation>Verzeichnis&amp;export...</translation>
    </message>
    <message>
        <source>Write a container&apos;s recipients to a CSV file</source>
        <translation>Die Empfänger eines Containers in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Find Recipients...</source>
        <translation>Empfänger &amp;suchen...</translation>
    </message>
    <message>
        <source>Find recipients by name, title, company, department or office</source>
        <translation>Empfänger nach Name, Titel, Firma, Abteilung oder Büro suchen</translation>
    </message>
    <message>
        <source>&amp;Address Book...</source>
        <translation>&amp;Adressbuch...</translation>
    </message>
    <message>
        <source>Every recipient of the organization by name; OK shows the chosen one in the window</source>
        <translation>Jeder Empfänger der Organisation nach Namen; OK zeigt den gewählten im Fenster</translation>
    </message>
    <message>
        <source>Ser&amp;vices...</source>
        <translation>&amp;Dienste...</translation>
    </message>
    <message>
        <source>Start, stop and pause the services of the organization&apos;s servers</source>
        <translation>Die Dienste der Server der Organisation starten, beenden und anhalten</translation>
    </message>
    <message>
        <source>&amp;Options...</source>
        <translation>&amp;Optionen...</translation>
    </message>
    <message>
        <source>Auto naming of display names and aliases, and other options</source>
        <translation>Automatische Benennung von Anzeige- und Aliasnamen sowie weitere Optionen</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Procedure: Dir-Sync with Many Servers and MS Mail Postoffices</source>
        <translation>&amp;Vorgehensweise: Dir-Sync mit mehreren Servern und MS Mail-Postämtern</translation>
    </message>
    <message>
        <source>Walk through setting up directory synchronization with several servers and MS Mail postoffices, step by step in this program</source>
        <translation>Schritt für Schritt in diesem Programm die Verzeichnissynchronisation mit mehreren Servern und MS Mail-Postämtern einrichten</translation>
    </message>
    <message>
        <source>&amp;About Site Administrator</source>
        <translation>&amp;Info über Site Administrator</translation>
    </message>
    <message>
        <source>The version of Site Administrator</source>
        <translation>Die Version von Site Administrator</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Symbolleiste</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Sym&amp;bolleiste</translation>
    </message>
    <message>
        <source>Close this organization and open the one in %1</source>
        <translation>Diese Organisation schließen und die in %1 öffnen</translation>
    </message>
    <message>
        <source>&amp;New Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>Open another window on the active server</source>
        <translation>Ein weiteres Fenster für den aktiven Server öffnen</translation>
    </message>
    <message>
        <source>&amp;Cascade</source>
        <translation>Ü&amp;berlappend</translation>
    </message>
    <message>
        <source>Arrange the windows overlapping</source>
        <translation>Die Fenster überlappend anordnen</translation>
    </message>
    <message>
        <source>Tile &amp;Horizontally</source>
        <translation>&amp;Untereinander</translation>
    </message>
    <message>
        <source>Arrange the windows one above another</source>
        <translation>Die Fenster untereinander anordnen</translation>
    </message>
    <message>
        <source>Tile &amp;Vertically</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Arrange the windows side by side</source>
        <translation>Die Fenster nebeneinander anordnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Read the window&apos;s data from the directory again</source>
        <translation>Die Daten des Fensters erneut aus dem Verzeichnis lesen</translation>
    </message>
</context>
<context>
    <name>sa::ui::MemberOfPage</name>
    <message>
        <source>Distribution Lists</source>
        <translation>Verteilerlisten</translation>
    </message>
    <message>
        <source>Member of:</source>
        <translation>Mitglied von:</translation>
    </message>
</context>
<context>
    <name>sa::ui::ObjectWizard</name>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Raw Properties</source>
        <translation>Rohdateneigenschaften</translation>
    </message>
    <message>
        <source>A new %1 in %2:</source>
        <translation>Neu: %1 in %2:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Selected times</source>
        <translation>Ausgewählte Zeiten</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>%1 hour(s) a week</source>
        <translation>%1 Stunde(n) pro Woche</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>%1 Nothing was created.</source>
        <translation>%1 Es wurde nichts erstellt.</translation>
    </message>
</context>
<context>
    <name>sa::ui::OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Use Auto Naming Options to control the way display and alias names for mailboxes and custom recipients are automatically generated.</source>
        <translation>Mit den Optionen zur automatischen Benennung legen Sie fest, wie Anzeige- und Aliasnamen für Postfächer und benutzerdefinierte Empfänger automatisch erzeugt werden.</translation>
    </message>
    <message>
        <source>Display name generation</source>
        <translation>Erzeugung des Anzeigenamens</translation>
    </message>
    <message>
        <source>&amp;First Last (John Smith)</source>
        <translation>&amp;Vorname Nachname (Hans Schmidt)</translation>
    </message>
    <message>
        <source>&amp;Last, First (Smith, John)</source>
        <translation>&amp;Nachname, Vorname (Schmidt, Hans)</translation>
    </message>
    <message>
        <source>&amp;Custom:</source>
        <translation>&amp;Benutzerdefiniert:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Alias name generation</source>
        <translation>Erzeugung des Aliasnamens</translation>
    </message>
    <message>
        <source>First name + last &amp;initial (JohnS)</source>
        <translation>Vorname + &amp;Initiale des Nachnamens (HansS)</translation>
    </message>
    <message>
        <source>First initial + last na&amp;me (JSmith)</source>
        <translation>Initiale des Vornamens + Nachna&amp;me (HSchmidt)</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>Benutzer&amp;definiert:</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>K&amp;eine</translation>
    </message>
    <message>
        <source>Custom formats: %First, %Last, %Initials; %1First is the first letter of the first name.</source>
        <translation>Benutzerdefinierte Formate: %First (Vorname), %Last (Nachname), %Initials (Initialen); %1First ist der erste Buchstabe des Vornamens.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Dirsync cycle every:</source>
        <translation>&amp;Dirsync-Zyklus alle:</translation>
    </message>
    <message>
        <source>When the Directory Synchronization Server&apos;s (or the Dir-Sync Requestor&apos;s) Schedule is Always, a whole cycle runs this often while the services run in this window. Selected times run at the top of each selected hour.</source>
        <translation>Ist der Zeitplan des Verzeichnissynchronisationsservers (oder des Dir-Sync-Anforderers) „Immer“, läuft ein ganzer Zyklus so oft, solange die Dienste in diesem Fenster laufen. „Ausgewählte Zeiten“ laufen jeweils zur vollen ausgewählten Stunde.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Keep events and run history:</source>
        <translation>Ereignisse und Laufverlauf &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>Older events (View &gt; Event Log), dirsync runs (Synchronization Status) and entries of the audit trail (siteadminctl audit) are let go once a day by the services in this window.</source>
        <translation>Ältere Ereignisse (Ansicht &gt; Ereignisprotokoll), Dirsync-Läufe (Synchronisationsstatus) und Einträge des Änderungsprotokolls (siteadminctl audit) werden von den Diensten in diesem Fenster einmal täglich verworfen.</translation>
    </message>
    <message>
        <source>Auto Naming</source>
        <translation>Automatische Benennung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>The services of this window cycle every %1 seconds: the demo organization&apos;s interval, so that its cycles show within a minute. This setting applies when another organization is open.</source>
        <translation>Die Dienste dieses Fensters laufen alle %1 Sekunden: das Intervall der Demoorganisation, damit ihre Zyklen innerhalb einer Minute sichtbar werden. Diese Einstellung gilt, wenn eine andere Organisation geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>sa::ui::OrganizationPage</name>
    <message>
        <source>Manager</source>
        <translation>Vorgesetzter</translation>
    </message>
    <message>
        <source>Direct Reports</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Direct reports:</source>
        <translation>Mitarbeiter:</translation>
    </message>
    <message>
        <source>Direct reports</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>sa::ui::PhoneNotesPage</name>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>&amp;Geschäftlich:</translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation>&amp;Privat:</translation>
    </message>
    <message>
        <source>B&amp;usiness 2:</source>
        <translation>Geschäftlich &amp;2:</translation>
    </message>
    <message>
        <source>H&amp;ome 2:</source>
        <translation>P&amp;rivat 2:</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>&amp;Assistent:</translation>
    </message>
    <message>
        <source>&amp;Pager:</source>
        <translation>Pag&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Phone/Notes</source>
        <translation>Telefon/Notizen</translation>
    </message>
</context>
<context>
    <name>sa::ui::ProcedureDialog</name>
    <message>
        <source>This build has no walkthrough: README.md was not built into the program.</source>
        <translation>Dieser Build hat keine Anleitung: README.md wurde nicht in das Programm eingebaut.</translation>
    </message>
    <message>
        <source>This build&apos;s README.md has no walkthrough between %1 and %2.</source>
        <translation>Die README.md dieses Builds hat keine Anleitung zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Dir-Sync with Many Servers and MS Mail Postoffices</source>
        <translation>Dir-Sync mit mehreren Servern und MS Mail-Postämtern</translation>
    </message>
    <message>
        <source>Procedure: Dir-Sync with Many Servers and MS Mail Postoffices</source>
        <translation>Vorgehensweise: Dir-Sync mit mehreren Servern und MS Mail-Postämtern</translation>
    </message>
</context>
<context>
    <name>sa::ui::PropertyPage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>sa::ui::PropertySheet</name>
    <message>
        <source>This object belongs to site %1 and is read-only here. To change it, connect to a server in %1 (File &gt; Connect to Server).</source>
        <translation>Dieses Objekt gehört zu Standort %1 und ist hier schreibgeschützt. Um es zu ändern, stellen Sie eine Verbindung mit einem Server in %1 her (Datei &gt; Verbindung mit Server herstellen).</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>%1 Properties</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 was changed on two pages: on the %2 page to %3, and later on the %4 page to %5.

Save %5? No saves %3; Cancel goes back to the %2 page.</source>
        <translation>%1 wurde auf zwei Seiten geändert: auf der Seite %2 in %3 und danach auf der Seite %4 in %5.

%5 speichern? „Nein“ speichert %3; „Abbrechen“ kehrt zur Seite %2 zurück.</translation>
    </message>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>%1 The changes were not saved.</source>
        <translation>%1 Die Änderungen wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>sa::ui::RawPropertiesPage</name>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Festlegen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Show or hide a secret value such as a dirsync password</source>
        <translation>Einen geheimen Wert wie ein Dirsync-Kennwort anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>List attributes of &amp;type:</source>
        <translation>Attribute dieses &amp;Typs auflisten:</translation>
    </message>
    <message>
        <source>Object &amp;attributes:</source>
        <translation>Objekt&amp;attribute:</translation>
    </message>
    <message>
        <source>Attribute &amp;value (one value per line):</source>
        <translation>Attribut&amp;wert (ein Wert pro Zeile):</translation>
    </message>
    <message>
        <source>Changed on another page; saved with OK or Apply</source>
        <translation>Auf einer anderen Seite geändert; wird mit OK oder Übernehmen gespeichert</translation>
    </message>
    <message>
        <source>%1 (secret: Show to see it, or type a new value and Set)</source>
        <translation>%1 (geheim: „Anzeigen“ zeigt ihn, oder geben Sie einen neuen Wert ein und klicken Sie auf „Festlegen“)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>multi-valued</source>
        <translation>mehrwertig</translation>
    </message>
    <message>
        <source>single-valued</source>
        <translation>einwertig</translation>
    </message>
    <message>
        <source>; kept by the directory (read-only)</source>
        <translation>; vom Verzeichnis verwaltet (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Show %1 of %2 in the clear? Anyone who can see this screen can read it.</source>
        <translation>%1 von %2 im Klartext anzeigen? Jeder, der diesen Bildschirm sieht, kann es lesen.</translation>
    </message>
    <message>
        <source>Raw Properties</source>
        <translation>Rohdateneigenschaften</translation>
    </message>
</context>
<context>
    <name>sa::ui::RecipientCommands</name>
    <message>
        <source>A %1 can only be created in a recipients container. Do you want to switch to the Recipients container?</source>
        <translation>Ein Objekt vom Typ %1 kann nur in einem Empfängercontainer erstellt werden. Möchten Sie zum Container „Recipients“ wechseln?</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Distribution List</source>
        <translation>Verteilerliste</translation>
    </message>
    <message>
        <source>Custom Recipient</source>
        <translation>Benutzerdefinierter Empfänger</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Select one mailbox, distribution list or custom recipient.</source>
        <translation>Wählen Sie ein Postfach, eine Verteilerliste oder einen benutzerdefinierten Empfänger.</translation>
    </message>
    <message>
        <source>Address Book</source>
        <translation>Adressbuch</translation>
    </message>
</context>
<context>
    <name>sa::ui::RecipientGeneralPage</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <source>&amp;Zip Code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Abteil&amp;ung:</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>Bü&amp;ro:</translation>
    </message>
    <message>
        <source>Assista&amp;nt:</source>
        <translation>Assist&amp;ent:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialen:</translation>
    </message>
    <message>
        <source>&amp;Last:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;First:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Display:</source>
        <translation>An&amp;zeige:</translation>
    </message>
    <message>
        <source>Alia&amp;s:</source>
        <translation>Alia&amp;s:</translation>
    </message>
    <message>
        <source>Mo&amp;dify...</source>
        <translation>&amp;Ändern...</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Type a display name.</source>
        <translation>Geben Sie einen Anzeigenamen ein.</translation>
    </message>
    <message>
        <source>Type an alias name.</source>
        <translation>Geben Sie einen Aliasnamen ein.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>sa::ui::ReferenceField</name>
    <message>
        <source>M&amp;odify...</source>
        <translation>Än&amp;dern...</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>sa::ui::ReferenceListWidget</name>
    <message>
        <source>&amp;Modify...</source>
        <translation>Ä&amp;ndern...</translation>
    </message>
</context>
<context>
    <name>sa::ui::RemoteRequestorGeneralPage</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>A&amp;ppend to imported users&apos; display name</source>
        <translation>An Anzeigenamen importierter Benutzer an&amp;hängen</translation>
    </message>
    <message>
        <source>&amp;Export on next cycle</source>
        <translation>Beim nächsten Zyklus e&amp;xportieren</translation>
    </message>
    <message>
        <source>I&amp;mport on next cycle</source>
        <translation>Beim nächsten Zyklus i&amp;mportieren</translation>
    </message>
    <message>
        <source>Postoffice:</source>
        <translation>Postamt:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>Kennwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Requestor address &amp;type:</source>
        <translation>Adress&amp;typ des Anforderers:</translation>
    </message>
    <message>
        <source>Requestor &amp;language:</source>
        <translation>S&amp;prache des Anforderers:</translation>
    </message>
    <message>
        <source>The password and its confirmation differ. Type the postoffice&apos;s dirsync password twice.</source>
        <translation>Kennwort und Bestätigung stimmen nicht überein. Geben Sie das Dirsync-Kennwort des Postamts zweimal ein.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ReplicationGeneralPage</name>
    <message>
        <source>Re&amp;mote site:</source>
        <translation>Re&amp;moter Standort:</translation>
    </message>
    <message>
        <source>&amp;Local bridgehead server:</source>
        <translation>&amp;Lokaler Bridgeheadserver:</translation>
    </message>
    <message>
        <source>R&amp;emote bridgehead server:</source>
        <translation>R&amp;emoter Bridgeheadserver:</translation>
    </message>
    <message>
        <source>Choose the site to replicate with (the organization has no other site yet).</source>
        <translation>Wählen Sie den Standort, mit dem repliziert wird (die Organisation hat noch keinen anderen Standort).</translation>
    </message>
    <message>
        <source>Choose the local bridgehead server.</source>
        <translation>Wählen Sie den lokalen Bridgeheadserver.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ReplicationSitesPage</name>
    <message>
        <source>&amp;Request Now</source>
        <translation>Jetzt an&amp;fordern</translation>
    </message>
    <message>
        <source>Ask the remote site for the directory changes it has not sent yet</source>
        <translation>Den remoten Standort um die Verzeichnisänderungen bitten, die er noch nicht gesendet hat</translation>
    </message>
    <message>
        <source>&amp;Inbound sites (their directory comes here):</source>
        <translation>&amp;Eingehende Standorte (ihr Verzeichnis kommt hierher):</translation>
    </message>
    <message>
        <source>&amp;Outbound sites (this site&apos;s directory goes there):</source>
        <translation>&amp;Ausgehende Standorte (das Verzeichnis dieses Standorts geht dorthin):</translation>
    </message>
    <message>
        <source>%1 (received up to USN %2)</source>
        <translation>%1 (empfangen bis USN %2)</translation>
    </message>
    <message>
        <source>%1 (nothing received yet)</source>
        <translation>%1 (noch nichts empfangen)</translation>
    </message>
    <message>
        <source>Asking %1 for its changes...</source>
        <translation>%1 wird um seine Änderungen gebeten...</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
</context>
<context>
    <name>sa::ui::RequestorChoicePage</name>
    <message>
        <source>Dirsync Server</source>
        <translation>Dirsync-Server</translation>
    </message>
    <message>
        <source>Postoffice</source>
        <translation>Postamt</translation>
    </message>
    <message>
        <source>The MS Mail postoffice that is the dirsync server this site will be a requestor of (Q151668). A server reached through another server is a Non MSMail Dirsync Server.</source>
        <translation>Das MS Mail-Postamt, das der Dirsync-Server ist, dessen Anforderer dieser Standort wird (Q151668). Ein über einen anderen Server erreichter Server ist ein Nicht-MSMail-Dirsync-Server.</translation>
    </message>
    <message>
        <source>The MS Mail postoffice that will synchronize its directory with this server. Postoffices served by another server&apos;s MS Mail Connector are &lt;non msmail requestor&gt;.</source>
        <translation>Das MS Mail-Postamt, das sein Verzeichnis mit diesem Server synchronisieren wird. Postämter, die vom MS Mail Connector eines anderen Servers bedient werden, sind &lt;non msmail requestor&gt;.</translation>
    </message>
    <message>
        <source>&amp;Postoffices defined as direct on this site&apos;s MS Mail Connectors:</source>
        <translation>An den MS Mail Connectors dieses Standorts als direkt definierte &amp;Postämter:</translation>
    </message>
    <message>
        <source>%1 has a requestor already: %2. A postoffice synchronizes through one requestor; open its properties to change it.</source>
        <translation>%1 hat bereits einen Anforderer: %2. Ein Postamt synchronisiert über einen Anforderer; öffnen Sie dessen Eigenschaften, um ihn zu ändern.</translation>
    </message>
</context>
<context>
    <name>sa::ui::RunDetailsDialog</name>
    <message>
        <source>Run Details - %1 %2</source>
        <translation>Laufdetails - %1 %2</translation>
    </message>
    <message>
        <source>Requestor:</source>
        <translation>Anforderer:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Ran:</source>
        <translation>Gelaufen:</translation>
    </message>
    <message>
        <source>%1, %2 s</source>
        <translation>%1, %2 s</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Anzahlen:</translation>
    </message>
    <message>
        <source>%1 adds, %2 modifies, %3 deletes, %4 errors; %5 message(s) in, %6 out</source>
        <translation>%1 Hinzufügungen, %2 Änderungen, %3 Löschungen, %4 Fehler; %5 Nachricht(en) eingehend, %6 ausgehend</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Directory name</source>
        <translation>Verzeichnisname</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Export Run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>It changed nothing in the directory.</source>
        <translation>Er hat im Verzeichnis nichts geändert.</translation>
    </message>
    <message>
        <source>What it changed in the directory (%1):</source>
        <translation>Was er im Verzeichnis geändert hat (%1):</translation>
    </message>
    <message>
        <source>It logged no event.</source>
        <translation>Er hat kein Ereignis protokolliert.</translation>
    </message>
    <message>
        <source>What it logged (%1):</source>
        <translation>Was er protokolliert hat (%1):</translation>
    </message>
</context>
<context>
    <name>sa::ui::RunHistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Modifies</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>completed with errors</source>
        <translation>mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <source>completed with warnings</source>
        <translation>mit Warnungen abgeschlossen</translation>
    </message>
    <message>
        <source>stopped: error</source>
        <translation>beendet: Fehler</translation>
    </message>
    <message>
        <source>stopped: deletion threshold</source>
        <translation>beendet: Löschschwellenwert</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>sa::ui::SchedulePage</name>
    <message>
        <source>N&amp;ever</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>&amp;Always</source>
        <translation>I&amp;mmer</translation>
    </message>
    <message>
        <source>&amp;Selected times</source>
        <translation>&amp;Ausgewählte Zeiten</translation>
    </message>
    <message>
        <source>Hours of the week</source>
        <translation>Stunden der Woche</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Click or drag over the hours to run in (local time).</source>
        <translation>Klicken oder ziehen Sie über die Stunden, in denen er laufen soll (Ortszeit).</translation>
    </message>
    <message>
        <source>Select at least one hour, or choose Never.</source>
        <translation>Wählen Sie mindestens eine Stunde, oder wählen Sie „Nie“.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
</context>
<context>
    <name>sa::ui::ServerWindow</name>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>There are no items to show in this view.</source>
        <translation>In dieser Ansicht sind keine Elemente vorhanden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Server %1 in Site %2 - %3</source>
        <translation>Server %1 in Standort %2 - %3</translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>Inhalt von %1</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <source>%L1 objects</source>
        <translation>%L1 Objekte</translation>
    </message>
</context>
<context>
    <name>sa::ui::ServiceCommands</name>
    <message>
        <source>The services&apos; work is not done by this window (it runs in siteadmin, or in siteadminctl serve).</source>
        <translation>Die Arbeit der Dienste erledigt nicht dieses Fenster (sie läuft in siteadmin oder in siteadminctl serve).</translation>
    </message>
    <message>
        <source>The services do not run in this window; siteadminctl serve, or the window that runs them, brings %1&apos;s changes on the connector&apos;s schedule</source>
        <translation>Die Dienste laufen nicht in diesem Fenster; siteadminctl serve oder das Fenster, in dem sie laufen, holt die Änderungen von %1 nach dem Zeitplan des Connectors</translation>
    </message>
    <message>
        <source>Diagnostics Logging</source>
        <translation>Diagnoseprotokollierung</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>Um %1: %2</translation>
    </message>
    <message>
        <source>Synchronization Status</source>
        <translation>Synchronisationsstatus</translation>
    </message>
    <message>
        <source>Last dirsync cycle %1: %2</source>
        <translation>Letzter Dirsync-Zyklus %1: %2</translation>
    </message>
    <message>
        <source>The services&apos; work is not done by this window.</source>
        <translation>Die Arbeit der Dienste erledigt nicht dieses Fenster.</translation>
    </message>
    <message>
        <source>This window does the services&apos; work (%1).</source>
        <translation>Dieses Fenster erledigt die Arbeit der Dienste (%1).</translation>
    </message>
    <message>
        <source>Done elsewhere - %1.</source>
        <translation>Anderswo erledigt - %1.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ServicesDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>%1 on %2 is needed by %3. %4 them too?</source>
        <translation>%1 auf %2 wird von %3 benötigt. Diese ebenfalls: %4?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <source>%1 on %2: nothing to do.</source>
        <translation>%1 auf %2: nichts zu tun.</translation>
    </message>
    <message>
        <source>On %1: %2 %3.</source>
        <translation>Auf %1: %2 %3.</translation>
    </message>
    <message>
        <source>On %1: Directory Synchronization paused. %1 runs neither the organization&apos;s dirsync server nor its requestor, so no synchronization starts; Continue resumes it.</source>
        <translation>Auf %1: Verzeichnissynchronisation angehalten. %1 führt weder den Dirsync-Server der Organisation noch ihren Anforderer aus, daher startet keine Synchronisation; „Fortsetzen“ setzt sie fort.</translation>
    </message>
    <message>
        <source>On %1: Directory Synchronization keeps running; pausing it started a synchronization cycle.</source>
        <translation>Auf %1: Die Verzeichnissynchronisation läuft weiter; das Anhalten hat einen Synchronisationszyklus gestartet.</translation>
    </message>
    <message>
        <source>Directory Synchronization on %1 was not paused. %1 runs the organization&apos;s directory synchronization, so, as in the original, pausing it starts a synchronization cycle now instead, and the service keeps running (the original said that the pause failed with error 2140; that was the expected result).</source>
        <translation>Die Verzeichnissynchronisation auf %1 wurde nicht angehalten. %1 führt die Verzeichnissynchronisation der Organisation aus; wie im Original startet das Anhalten stattdessen jetzt einen Synchronisationszyklus, und der Dienst läuft weiter (das Original meldete, das Anhalten sei mit Fehler 2140 gescheitert; das war das erwartete Ergebnis).</translation>
    </message>
    <message>
        <source>The cycle shows in Synchronization Status, its history and the event log.</source>
        <translation>Der Zyklus erscheint im Synchronisationsstatus, in dessen Verlauf und im Ereignisprotokoll.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ServicesModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>sa::ui::SiteAddressingPage</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Each new recipient gets one address of each type from these. In an Internet address, @domain gives alias@domain; %g (given name), %s (surname), %i (initials) and %m (alias) may stand before the @, as in %g.%s@domain. Recipients that exist keep their addresses.</source>
        <translation>Jeder neue Empfänger erhält daraus eine Adresse jedes Typs. In einer Internetadresse ergibt @domäne alias@domäne; %g (Vorname), %s (Nachname), %i (Initialen) und %m (Alias) können vor dem @ stehen, wie in %g.%s@domäne. Bestehende Empfänger behalten ihre Adressen.</translation>
    </message>
    <message>
        <source>Site &amp;addressing:</source>
        <translation>Standort&amp;adressierung:</translation>
    </message>
    <message>
        <source>there is already a %1 address; edit that one</source>
        <translation>es gibt bereits eine %1-Adresse; bearbeiten Sie diese</translation>
    </message>
    <message>
        <source>New Site Address</source>
        <translation>Neue Standortadresse</translation>
    </message>
    <message>
        <source>Edit Site Address</source>
        <translation>Standortadresse bearbeiten</translation>
    </message>
    <message>
        <source>Address (TYPE:template):</source>
        <translation>Adresse (TYP:Vorlage):</translation>
    </message>
    <message>
        <source>Site Addressing</source>
        <translation>Standortadressierung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site address: %2.</source>
        <translation>„%1“ ist keine Standortadresse: %2.</translation>
    </message>
</context>
<context>
    <name>sa::ui::SiteConnectorGeneralPage</name>
    <message>
        <source>&amp;Any server</source>
        <translation>Bel&amp;iebiger Server</translation>
    </message>
    <message>
        <source>&amp;Specific server:</source>
        <translation>Be&amp;stimmter Server:</translation>
    </message>
    <message>
        <source>&amp;Target site:</source>
        <translation>&amp;Zielstandort:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>Messaging bridgehead
in the local site:</source>
        <translation>Bridgehead für Nachrichten
im lokalen Standort:</translation>
    </message>
    <message>
        <source>Choose the site this connector leads to (the organization has no other site yet).</source>
        <translation>Wählen Sie den Standort, zu dem dieser Connector führt (die Organisation hat noch keinen anderen Standort).</translation>
    </message>
    <message>
        <source>Choose the server that is the messaging bridgehead, or Any server.</source>
        <translation>Wählen Sie den Server, der der Bridgehead für Nachrichten ist, oder „Beliebiger Server“.</translation>
    </message>
</context>
<context>
    <name>sa::ui::SyncChart</name>
    <message>
        <source>Synchronization cycles</source>
        <translation>Synchronisationszyklen</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Modifies</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>No synchronization cycle yet.</source>
        <translation>Noch kein Synchronisationszyklus.</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) shown. The newest, at %1: %2 adds, %3 modifies, %4 deletes, %5 errors in %6 seconds.</source>
        <translation>
            <numerusform>%n Zyklus angezeigt. Der neueste, um %1: %2 Hinzufügungen, %3 Änderungen, %4 Löschungen, %5 Fehler in %6 Sekunden.</numerusform>
            <numerusform>%n Zyklen angezeigt. Der neueste, um %1: %2 Hinzufügungen, %3 Änderungen, %4 Löschungen, %5 Fehler in %6 Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cycles from %2 to %3</source>
        <translation>%1 Zyklen von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>sa::ui::SyncStatusModel</name>
    <message>
        <source>Postoffice cannot be opened</source>
        <translation>Postamt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Held: deletion threshold</source>
        <translation>Zurückgehalten: Löschschwellenwert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Not synchronized yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Nothing from %1 reached the last %2 runs of T2.</source>
        <translation>Nichts von %1 hat die letzten %2 Läufe von T2 erreicht.</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>ReqSync: the requestor&apos;s updates received so far</source>
        <translation>ReqSync: die bisher empfangenen Aktualisierungen des Anforderers</translation>
    </message>
    <message>
        <source>SrvSync: the server&apos;s updates sent to the requestor so far</source>
        <translation>SrvSync: die bisher an den Anforderer gesendeten Aktualisierungen des Servers</translation>
    </message>
    <message>
        <source>The SrvSync the requestor has confirmed receiving</source>
        <translation>Die SrvSync, deren Empfang der Anforderer bestätigt hat</translation>
    </message>
    <message>
        <source>ImpSync: the requestor&apos;s import requests so far</source>
        <translation>ImpSync: die bisherigen Importanforderungen des Anforderers</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <source>Postoffice</source>
        <translation>Postamt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>ReqSync</source>
        <translation>ReqSync</translation>
    </message>
    <message>
        <source>SrvSync</source>
        <translation>SrvSync</translation>
    </message>
    <message>
        <source>SrvConf</source>
        <translation>SrvConf</translation>
    </message>
    <message>
        <source>ImpSync</source>
        <translation>ImpSync</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Zuletzt gesendet</translation>
    </message>
    <message>
        <source>Pending confirmation</source>
        <translation>Ausstehende Bestätigung</translation>
    </message>
    <message>
        <source>Next cycle</source>
        <translation>Nächster Zyklus</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
</context>
<context>
    <name>sa::ui::SyncStatusPanel</name>
    <message>
        <source>Synchronize &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>E&amp;xport on Next Cycle</source>
        <translation>Beim nächsten Zyklus e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Preview Next Cycle...</source>
        <translation>&amp;Vorschau auf den nächsten Zyklus...</translation>
    </message>
    <message>
        <source>&amp;Approve Pending Deletes...</source>
        <translation>Ausstehende Löschungen &amp;genehmigen...</translation>
    </message>
    <message>
        <source>Export &amp;History...</source>
        <translation>&amp;Verlauf exportieren...</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>What the next T2 would receive and send, worked out on a copy; nothing changes</source>
        <translation>Was das nächste T2 empfangen und senden würde, an einer Kopie ermittelt; nichts wird geändert</translation>
    </message>
    <message>
        <source>See the deletions the deletion threshold holds back, and let them go</source>
        <translation>Die vom Löschschwellenwert zurückgehaltenen Löschungen ansehen und freigeben</translation>
    </message>
    <message>
        <source>Run a whole cycle now: T1 at each requestor, T2, T3</source>
        <translation>Jetzt einen ganzen Zyklus ausführen: T1 bei jedem Anforderer, T2, T3</translation>
    </message>
    <message>
        <source>The selected requestor gets everything again with the next cycle</source>
        <translation>Der ausgewählte Anforderer erhält mit dem nächsten Zyklus alles erneut</translation>
    </message>
    <message>
        <source>Double-click a run to see what it changed and logged.</source>
        <translation>Doppelklicken Sie auf einen Lauf, um zu sehen, was er geändert und protokolliert hat.</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Changes per Cycle</source>
        <translation>Änderungen pro Zyklus</translation>
    </message>
    <message>
        <source>Cancelling after the step in progress...</source>
        <translation>Abbruch nach dem laufenden Schritt...</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>The organization has no Directory Synchronization Server or Dir-Sync Requestor yet: create one with File &gt; New Other.</source>
        <translation>Die Organisation hat noch keinen Verzeichnissynchronisationsserver und keinen Dir-Sync-Anforderer: Erstellen Sie einen mit Datei &gt; Neu: Andere.</translation>
    </message>
    <message>
        <source>No site that can be opened has a Directory Synchronization Server or Dir-Sync Requestor; the one that cannot may hold it:</source>
        <translation>Kein Standort, der geöffnet werden kann, hat einen Verzeichnissynchronisationsserver oder Dir-Sync-Anforderer; der Standort, der nicht geöffnet werden kann, enthält ihn womöglich:</translation>
    </message>
    <message>
        <source>Directory Synchronization Server &quot;%1&quot;</source>
        <translation>Verzeichnissynchronisationsserver „%1“</translation>
    </message>
    <message>
        <source>Dir-Sync Requestor &quot;%1&quot;</source>
        <translation>Dir-Sync-Anforderer „%1“</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused (scheduled cycles wait until Continue in Tools &gt; Services)</source>
        <translation>angehalten (geplante Zyklen warten bis „Fortsetzen“ unter Extras &gt; Dienste)</translation>
    </message>
    <message>
        <source>stopped (start it in Tools &gt; Services)</source>
        <translation>beendet (starten Sie ihn unter Extras &gt; Dienste)</translation>
    </message>
    <message>
        <source>%1 on %2 (site %3): Directory Synchronization is %4; %5 requestor(s).</source>
        <translation>%1 auf %2 (Standort %3): Verzeichnissynchronisation: %4; %5 Anforderer.</translation>
    </message>
    <message>
        <source>A cycle is starting...</source>
        <translation>Ein Zyklus beginnt...</translation>
    </message>
    <message>
        <source>Export on Next Cycle</source>
        <translation>Beim nächsten Zyklus exportieren</translation>
    </message>
    <message>
        <source>%1 gets everything again with the next cycle.</source>
        <translation>%1 erhält mit dem nächsten Zyklus alles erneut.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Run Details</source>
        <translation>Laufdetails</translation>
    </message>
</context>
<context>
    <name>sa::ui::TargetServersPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>&amp;Add &gt;&gt;</source>
        <translation>&amp;Hinzufügen &gt;&gt;</translation>
    </message>
    <message>
        <source>&lt;&lt; &amp;Remove</source>
        <translation>&lt;&lt; &amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Set Value</source>
        <translation>Wert &amp;festlegen</translation>
    </message>
    <message>
        <source>Target server &amp;cost:</source>
        <translation>&amp;Kosten des Zielservers:</translation>
    </message>
    <message>
        <source>Site s&amp;ervers:</source>
        <translation>&amp;Server des Standorts:</translation>
    </message>
    <message>
        <source>&amp;Target servers:</source>
        <translation>&amp;Zielserver:</translation>
    </message>
    <message>
        <source>Cost 0: used first; 100: used only when no other can be reached. With no target servers, any server of the target site takes the mail.</source>
        <translation>Kosten 0: wird zuerst verwendet; 100: nur, wenn kein anderer erreichbar ist. Ohne Zielserver nimmt jeder Server des Zielstandorts die Nachrichten an.</translation>
    </message>
    <message>
        <source>Target Servers</source>
        <translation>Zielserver</translation>
    </message>
</context>
<context>
    <name>sa::ui::TemplateMapPage</name>
    <message>
        <source>Map the string</source>
        <translation>Zeichenfolge zuordnen</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <source>Incoming template map</source>
        <translation>Zuordnung eingehender Vorlagen</translation>
    </message>
    <message>
        <source>Outgoing template map</source>
        <translation>Zuordnung ausgehender Vorlagen</translation>
    </message>
    <message>
        <source>Template fields of the entries MS Mail sends (such as Department:) and the attributes of the custom recipients they fill. While none is set, the greyed defaults apply. A requestor applies them only with Settings &gt; Receive template information.</source>
        <translation>Vorlagenfelder der Einträge, die MS Mail sendet (etwa Department:), und die Attribute der benutzerdefinierten Empfänger, die sie füllen. Solange keine festgelegt ist, gelten die grauen Standardwerte. Ein Anforderer wendet sie nur mit Einstellungen &gt; Vorlageninformationen empfangen an.</translation>
    </message>
    <message>
        <source>Attributes of the recipients exported to MS Mail and the template fields they are sent as. While none is set, only names and addresses are sent. A requestor sends them only with Settings &gt; Send local template information.</source>
        <translation>Attribute der nach MS Mail exportierten Empfänger und die Vorlagenfelder, als die sie gesendet werden. Solange keine festgelegt ist, werden nur Namen und Adressen gesendet. Ein Anforderer sendet sie nur mit Einstellungen &gt; Lokale Vorlageninformationen senden.</translation>
    </message>
    <message>
        <source>A default: it applies while no mapping is set here.</source>
        <translation>Ein Standardwert: Er gilt, solange hier keine Zuordnung festgelegt ist.</translation>
    </message>
    <message>
        <source>Incoming Templates</source>
        <translation>Eingehende Vorlagen</translation>
    </message>
    <message>
        <source>Outgoing Templates</source>
        <translation>Ausgehende Vorlagen</translation>
    </message>
    <message>
        <source>Edit Template Mapping</source>
        <translation>Vorlagenzuordnung bearbeiten</translation>
    </message>
    <message>
        <source>New Template Mapping</source>
        <translation>Neue Vorlagenzuordnung</translation>
    </message>
    <message>
        <source>&amp;Map the string:</source>
        <translation>&amp;Zeichenfolge zuordnen:</translation>
    </message>
    <message>
        <source>&amp;Send as the string:</source>
        <translation>Als Zeichenfolge &amp;senden:</translation>
    </message>
    <message>
        <source>Mapped to the &amp;attribute:</source>
        <translation>Dem &amp;Attribut zugeordnet:</translation>
    </message>
    <message>
        <source>The &amp;attribute:</source>
        <translation>Das &amp;Attribut:</translation>
    </message>
    <message>
        <source>Type the template&apos;s prompt as MS Mail shows it, such as Department: (no | or :/).</source>
        <translation>Geben Sie die Eingabeaufforderung der Vorlage ein, wie MS Mail sie zeigt, etwa Department: (kein | oder :/).</translation>
    </message>
</context>
<context>
    <name>sa::ui::UndoHistory</name>
    <message>
        <source>There is nothing to take back.</source>
        <translation>Es gibt nichts zurückzunehmen.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ValueListPage</name>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Added automatically; it changes with what it comes from.</source>
        <translation>Automatisch hinzugefügt; ändert sich mit dem, woraus es stammt.</translation>
    </message>
</context>
</TS>
