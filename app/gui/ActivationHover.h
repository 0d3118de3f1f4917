#pragma once
// What a layer makes of the sample open in the Explain dock, on the card: when the
// pointer rests on a card of the graph editor, that node's output for the sample
// is computed (ExplainController, off the GUI thread) and shown in an
// ActivationPopup under the card; it follows new weights while the pointer stays.
// Stays quiet for 2-D networks, whose cards show NeuronFieldsHover's pictures.
#include <QObject>
#include <QRect>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

namespace nw {

class ActivationPopup;
class ExplainController;
class GraphScene;

class ActivationHover : public QObject {
    Q_OBJECT
public:
    static constexpr int kHoverDelayMs = 250;

    // The popup is a child window of `window`; `quiet` says when another hover owns the cards.
    ActivationHover(
        GraphScene* scene, ExplainController* controller, QWidget* window, std::function<bool()> quiet = {});

    ActivationPopup* popup() const { return m_popup; }
    const QString& hoveredNode() const { return m_node; }
    int answers() const { return m_answers; }

private:
    void onHovered(const QString& id);
    void request();
    QRect anchor() const;

    GraphScene* m_scene;
    ExplainController* m_controller;
    ActivationPopup* m_popup;
    std::function<bool()> m_quiet;
    QTimer m_timer;
    QString m_node;
    int m_answers = 0;
};

} // namespace nw
