#pragma once
// File > Import Weights...: asks for a project or a .safetensors file, reads it
// (WeightsSource), matches it to the document's network (WeightsImport) and shows
// the verdicts (ImportWeightsDialog, window-modal, never blocking the event loop);
// Apply hands the weights to the document. Owned by MainWindow.
#include "ImportWeightsDialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace nw {

class NetworkDocument;
class TrainingController;

class WeightsImporter : public QObject {
    Q_OBJECT

public:
    WeightsImporter(NetworkDocument* document, TrainingController* training, QWidget* window);

    // Asks for the file, then importFile().
    void importDialog();
    // Reads `path` and opens the verdict dialog; false (reported with a message box,
    // or in `error` when given) when the file or the network does not allow it.
    bool importFile(const QString& path, QString* error = nullptr);
    // The open verdict dialog (tests, screenshots), or null.
    ImportWeightsDialog* dialog() const { return m_dialog; }

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

private:
    NetworkDocument* m_document;
    TrainingController* m_training;
    QWidget* m_window;
    QPointer<ImportWeightsDialog> m_dialog;
};

} // namespace nw
