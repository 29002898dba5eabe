#pragma once

#include <QWizardPage>

class QLabel;

namespace sa::ui {

class PropertyPage;

/// A property page as a step of a New Other wizard: the same page class the object's property
/// sheet shows afterwards. Next refuses while the page reports a problem, and says it below.
class PropertyWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    PropertyWizardPage(PropertyPage* page, const QString& subtitle, QWidget* parent = nullptr);
    PropertyPage* page() const { return m_page; }
    bool validatePage() override;

private:
    PropertyPage* m_page;
    QLabel* m_problem;
};

} // namespace sa::ui
