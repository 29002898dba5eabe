#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sa::ui {

/// Shown when the organization folder holds no organization yet: create one (organization, site
/// and server names, as the original's setup asked) or open the demo organization.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Create,
        Demo
    };

    explicit FirstRunDialog(const QString& folder, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QString organization() const;
    QString site() const;
    QString server() const;
    void accept() override;

private:
    QLineEdit* m_organization;
    QLineEdit* m_site;
    QLineEdit* m_server;
    QLabel* m_error;
    Choice m_choice = Choice::Create;
};

} // namespace sa::ui
