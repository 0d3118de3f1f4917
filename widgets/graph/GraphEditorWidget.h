#pragma once
// The graph editor for embedding in the main window: a GraphView on a GraphScene
// with a small toolbar (fit, arrange, zoom) and the editing actions (delete, cut,
// copy, paste, duplicate, select all) that the main window can also put in its
// Edit menu. The palette, inspector and problems list are separate widgets the
// main window docks; they talk to the editor through its scene and signals.
//
// It is the scene's owner in the QtNodes sense: it turns what the scene and view
// report (a connection drag, a finished move, a palette drop) into undo commands
// through GraphEdits on the document's QUndoStack. The document (graph, undo stack,
// compile result) must outlive the widget.
#include <QPointF>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;
class QUndoStack;

namespace nw {

class GraphScene;
class GraphView;
class NetworkDocument;
class NetworkGraphModel;

class GraphEditorWidget : public QWidget {
    Q_OBJECT

public:
    explicit GraphEditorWidget(NetworkDocument* document, QWidget* parent = nullptr);
    ~GraphEditorWidget() override;

    // Every edit goes through the document's stack.
    QUndoStack* undoStack() const { return m_stack; }
    NetworkDocument* document() const { return m_document; }

    NetworkGraphModel* model() const { return m_model; }
    GraphScene* scene() const { return m_scene; }
    GraphView* view() const { return m_view; }
    QToolBar* toolBar() const { return m_toolBar; }

    // Delete, cut, copy, paste, duplicate, select all: for the main window's Edit menu.
    QList<QAction*> editActions() const;

    // Palette double click: adds the layer at the view centre, or right of the
    // single selected node and wired after it. Returns the new id.
    QString addLayerAtCenter(const QString& type);
    QStringList addBlockAtCenter(const QString& name);
    // Adds a layer so that its card is centred on `scenePos` (a palette drop).
    QString addLayerAt(const QString& type, QPointF scenePos);

    void deleteSelection();
    void copySelection();
    void cutSelection();
    // At the mouse if it is over the canvas, else offset from the copied place.
    void paste();
    void duplicateSelection();
    void selectAll();
    void fitToView();
    void autoLayout();

    // A lesson's lock: no card added, removed, pasted or connected (drops, the palette,
    // the edit actions and connection drags are refused); cards still move and select,
    // so the inspector can show them.
    void setStructureLocked(bool locked);
    bool structureLocked() const { return m_structureLocked; }

Q_SIGNALS:
    // A sentence for the main window's status bar (a refused connection, ...).
    void statusMessage(const QString& message);

private:
    void createActions();
    // The node new layers are wired after: the only selected one, if exactly one is.
    QString singleSelectedNode() const;

    NetworkGraphModel* m_model;
    NetworkDocument* m_document;
    QUndoStack* m_stack;
    GraphScene* m_scene;
    GraphView* m_view;
    QToolBar* m_toolBar;
    QLabel* m_zoomLabel;
    int m_pasteCount = 0;
    bool m_structureLocked = false;

    QAction* m_deleteAction = nullptr;
    QAction* m_cutAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_selectAllAction = nullptr;
};

} // namespace nw
