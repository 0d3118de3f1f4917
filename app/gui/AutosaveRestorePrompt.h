#pragma once
// The question at start-up after a crash: restore what autosave kept of a project,
// or discard it. Modal (nothing else should happen before it is answered).
#include "AutosaveManager.h"

#include <QCoreApplication>

class QWidget;

namespace nw {

class AutosaveRestorePrompt {
    Q_DECLARE_TR_FUNCTIONS(nw::AutosaveRestorePrompt)
public:
    // True when the person chose Restore.
    static bool ask(QWidget* parent, const AutosaveManager::Recovery& recovery);
};

} // namespace nw
