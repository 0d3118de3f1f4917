#pragma once
// The engine (std only, no Qt) ends every run with an English sentence (Trainer.cpp:
// completed, stopped, stopped early, diverged). The window shows it in the user's
// language: RunMessages recognises the engine's sentences and rebuilds them with tr();
// anything it does not recognise passes through unchanged.
#include <QCoreApplication>
#include <QString>

#include <string>

namespace nw {

class RunMessages {
    Q_DECLARE_TR_FUNCTIONS(RunMessages)

public:
    static QString translate(const std::string& engineMessage);
};

} // namespace nw
