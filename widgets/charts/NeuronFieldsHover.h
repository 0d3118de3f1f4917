#pragma once
// Playground's neuron pictures in the graph editor: when the pointer rests on a
// card of a 2-D network, the training session is asked what each unit of that
// node outputs over the input plane (requestNeuronFields(), computed on the
// worker), and a NeuronFieldsPopup shows one small field per unit beside the
// pointer. While training runs, the pictures refresh as long as the pointer stays.
#include <QObject>
#include <QRect>
#include <QString>
#include <QTimer>
#include <QVector>

class QWidget;

namespace nw {

class GraphScene;
class NeuronFieldsPopup;
class TrainingSession;
struct DecisionField;

class NeuronFieldsHover : public QObject {
    Q_OBJECT
public:
    static constexpr int kHoverDelayMs = 250;
    static constexpr int kRefreshMs = 400;

    // The popup is a child window of `window`.
    NeuronFieldsHover(GraphScene* scene, TrainingSession* session, QWidget* window);
    ~NeuronFieldsHover() override;

    // Only 2-D projects have pictures to show.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    NeuronFieldsPopup* popup() const { return m_popup; }
    const QString& hoveredNode() const { return m_node; }

private:
    void onHovered(const QString& id);
    void request();
    QRect anchor() const; // global rectangle the popup goes under
    void onFields(const QString& nodeId, const QVector<nw::DecisionField>& fields);

    GraphScene* m_scene;
    TrainingSession* m_session;
    NeuronFieldsPopup* m_popup; // a child window of the main window, as this object is its child
    QTimer m_timer;
    QString m_node;
    bool m_enabled = false;
};

} // namespace nw
