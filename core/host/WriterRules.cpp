#include "core/directory/MailboxRules.h"
#include "core/directory/RecipientRules.h"
#include "core/directory/WriterRule.h"
#include "core/dirsync/DirsyncRules.h"
#include "core/transport/ConnectorRules.h"
#include "core/transport/ImsRules.h"

namespace sa::core {

std::vector<std::unique_ptr<WriterRule>> WriterRule::rulesFor(DirectoryWriter& writer)
{
    std::vector<std::unique_ptr<WriterRule>> rules;
    // Dirsync's first: a new requestor's hidden $SYSTEM recipient is made before the recipients'
    // rules check the values.
    rules.push_back(std::make_unique<DirsyncRules>(writer));
    rules.push_back(std::make_unique<RecipientRules>(writer));
    rules.push_back(std::make_unique<MailboxRules>(writer));
    rules.push_back(std::make_unique<ImsRules>(writer));
    rules.push_back(std::make_unique<ConnectorRules>(writer));
    return rules;
}

} // namespace sa::core
