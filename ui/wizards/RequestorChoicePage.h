#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace sa::core {
class DirectoryStore;
}

namespace sa::ui {

/// The first step of New Other > Remote Dir-Sync Requestor (Q152167, Q269129): the postoffices
/// defined as direct on this site's MS Mail Connectors (NETWORK/PO) and <non msmail requestor>.
/// Choosing a postoffice names the requestor after it and lets the hidden NET/PO/$SYSTEM custom
/// recipient be made with it; a postoffice that has a requestor already is refused with its name.
class RequestorChoicePage : public QWizardPage
{
    Q_OBJECT

public:
    static const QString NonMsMail;       ///< "<non msmail requestor>"
    static const QString NonMsMailServer; ///< "Non MSMail Dirsync Server"

    /// `other`: the last entry (NonMsMail, or NonMsMailServer when the site is to be the requestor
    /// of the chosen postoffice); `className`: the objects that may exist once per postoffice.
    RequestorChoicePage(core::DirectoryStore& store, const QString& other, const QString& className,
                        QWidget* parent = nullptr);
    bool validatePage() override;
    /// NET/PO, or NonMsMail.
    QString chosen() const;

private:
    core::DirectoryStore& m_store;
    QString m_other;
    QString m_className;
    QListWidget* m_list;
    QLabel* m_problem;
};

} // namespace sa::ui
