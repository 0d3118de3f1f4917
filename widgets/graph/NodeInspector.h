#pragma once
// Edits the node selected in a GraphScene: one editor per ParameterSpec (spin
// boxes with the spec's range, check box, combo box, "1x28x28" line edit for
// shapes), trainability and L1/L2 penalties, the layer's description for
// students, and what the compiler says about the node (shape, parameters,
// errors, and whether its weights are imported, trained or the seed's). Each change is pushed as an undo command through GraphEdits; the
// editors are refreshed from the model's signals, so undo shows up here too.
// Owned by the main window (a dock); the scene and stack must outlive it.
#include <QHash>
#include <QStringList>

#include <optional>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QScrollArea;
class QUndoStack;

namespace nw {

class GraphScene;
struct ParameterSpec;

class NodeInspector : public QWidget {
    Q_OBJECT

public:
    explicit NodeInspector(QWidget* parent = nullptr);

    void setGraphScene(GraphScene* scene);
    void setUndoStack(QUndoStack* stack);

    // The node shown, or empty when none or several are selected.
    QString nodeId() const { return m_nodeId; }
    // The editor of parameter `name` (tests, accessibility), or null.
    QWidget* editor(const QString& name) const { return m_editors.value(name); }
    QCheckBox* trainableBox() const { return m_trainable; }
    QString statusText() const;
    // "imported", "trained", "initial (from the seed)": where the node's weights come from.
    QString weightsText() const;

    // A lesson's lock: only the parameters named stay editable ("units"; "trainable",
    // "l1" and "l2" for the Training box); nullopt lifts the lock.
    void setEditableParameters(const std::optional<QStringList>& names);

private:
    void applyEditable();
    void showNode(const QString& id);
    void rebuildEditors();
    void refreshValues();
    void refreshStatus();
    QWidget* createEditor(const ParameterSpec& spec);
    void setEditorValue(QWidget* editor, const ParameterSpec& spec, const QVariant& value);
    void pushParameter(const QString& name, const QVariant& value);
    void pushFlags();

    QPointer<GraphScene> m_scene;
    QUndoStack* m_stack = nullptr;
    QString m_nodeId;
    QString m_nodeType;

    QLabel* m_placeholder;
    QScrollArea* m_scroll;
    QWidget* m_content;
    QLabel* m_title;
    QLabel* m_description;
    QFormLayout* m_form;
    QCheckBox* m_trainable;
    QDoubleSpinBox* m_l1;
    QDoubleSpinBox* m_l2;
    QLabel* m_shape;
    QLabel* m_parameters;
    QLabel* m_weights;
    QLabel* m_messages;
    QHash<QString, QWidget*> m_editors;
    std::optional<QStringList> m_editable; // a lesson's lock; nullopt: all editable
    QList<QMetaObject::Connection> m_sceneConnections;
};

} // namespace nw
