#pragma once
// File > Export: the weights as .safetensors (the trained ones, or the seed's
// initial weights before any training) and the network as a PNG picture for
// slides and printouts (the editor's scene at twice screen resolution, on white,
// without selection frames). The dialogs report failures in a message box; the
// functions behind them are public for tests and scripts.
#include "engine/Tensor.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <string>

class QMenu;
class QWidget;

namespace nw {

class GraphScene;
class NetworkDocument;

class ExportMenu : public QObject {
    Q_OBJECT
public:
    // Adds "&Export" to `parentMenu`; dialogs are children of `window`. The weights
    // are the document's.
    ExportMenu(QMenu* parentMenu, NetworkDocument* document, GraphScene* scene, QWidget* window);

    bool exportWeights(const QString& path, QString* error) const;
    bool exportGraphImage(const QString& path, QString* error) const;

    void exportWeightsDialog();
    void exportGraphImageDialog();

private:
    NetworkDocument* m_document;
    GraphScene* m_scene;
    QWidget* m_window;
};

} // namespace nw
