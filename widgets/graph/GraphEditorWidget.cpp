#include "GraphEditorWidget.h"

#include "GraphEdits.h"
#include "GraphMimeTypes.h"
#include "GraphScene.h"
#include "GraphStyle.h"
#include "GraphView.h"
#include "NodeItem.h"

#include "model/GraphClipboard.h"
#include "model/GraphFragment.h"
#include "model/NetworkDocument.h"
#include "model/NetworkGraphModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nw {

namespace {
const QPointF kCardCenter(GraphStyle::nodeWidth / 2, GraphStyle::nodeMinHeight / 2);
const QPointF kPasteStep(30, 30);
} // namespace

GraphEditorWidget::GraphEditorWidget(NetworkDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_model(document->model())
    , m_document(document)
    , m_stack(document->undoStack())
    , m_scene(new GraphScene(document, this))
    , m_view(new GraphView(m_scene, this))
    , m_toolBar(new QToolBar(this))
    , m_zoomLabel(new QLabel(this))
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    createActions();

    connect(m_scene, &GraphScene::connectionRequested, this,
        [this](const EdgeData& edge) {
            if (m_structureLocked)
                Q_EMIT statusMessage(tr("The lesson keeps the network's connections as they are."));
            else
                GraphEdits::connectNodes(m_stack, m_model, edge);
        });
    connect(m_scene, &GraphScene::connectionRefused, this,
        [this](const QString& reason) { Q_EMIT statusMessage(tr("Cannot connect: %1").arg(reason)); });
    connect(m_scene, &GraphScene::nodesMoved, this,
        [this](const QHash<QString, QPointF>& from, const QHash<QString, QPointF>& to) {
            GraphEdits::moveNodes(m_stack, m_model, from, to);
        });
    connect(m_view, &GraphView::layerDropped, this,
        [this](const QString& type, QPointF scenePos) { addLayerAt(type, scenePos); });
    connect(m_view, &GraphView::blockDropped, this, [this](const QString& name, QPointF scenePos) {
        if (m_structureLocked)
            return;
        const QStringList ids = GraphEdits::insertBlock(m_stack, m_model, name, scenePos - kCardCenter);
        m_scene->selectNodes(ids);
    });
    connect(m_view, &GraphView::zoomChanged, this,
        [this](qreal zoom) { m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100))); });
    m_zoomLabel->setText(tr("%1%").arg(qRound(m_view->zoom() * 100)));
    setFocusProxy(m_view);
}

GraphEditorWidget::~GraphEditorWidget() = default;

void GraphEditorWidget::setStructureLocked(bool locked)
{
    m_structureLocked = locked;
    for (QAction* action : { m_deleteAction, m_cutAction, m_pasteAction, m_duplicateAction })
        action->setEnabled(!locked);
    m_view->setAcceptDrops(!locked);
}

void GraphEditorWidget::createActions()
{
    const auto makeAction = [this](const QString& text, QKeySequence shortcut, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        // Only while the editor has focus: the inspector's line edits keep their own shortcuts.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_deleteAction = makeAction(tr("Delete"), QKeySequence::Delete, &GraphEditorWidget::deleteSelection);
    m_deleteAction->setShortcuts({ QKeySequence::Delete, QKeySequence(Qt::Key_Backspace) });
    m_cutAction = makeAction(tr("Cut"), QKeySequence::Cut, &GraphEditorWidget::cutSelection);
    m_copyAction = makeAction(tr("Copy"), QKeySequence::Copy, &GraphEditorWidget::copySelection);
    m_pasteAction = makeAction(tr("Paste"), QKeySequence::Paste, &GraphEditorWidget::paste);
    m_duplicateAction
        = makeAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &GraphEditorWidget::duplicateSelection);
    m_selectAllAction = makeAction(tr("Select All"), QKeySequence::SelectAll, &GraphEditorWidget::selectAll);

    QAction* fit = m_toolBar->addAction(tr("Fit"), this, &GraphEditorWidget::fitToView);
    fit->setToolTip(tr("Show the whole network"));
    QAction* arrange = m_toolBar->addAction(tr("Arrange"), this, &GraphEditorWidget::autoLayout);
    arrange->setToolTip(tr("Lay the network out from left to right"));
    m_toolBar->addSeparator();
    QAction* zoomOut = m_toolBar->addAction(tr("\u2212"), this, [this] { m_view->zoomBy(1 / 1.25); });
    zoomOut->setToolTip(tr("Zoom out"));
    m_zoomLabel->setMinimumWidth(44);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomLabel);
    QAction* zoomIn = m_toolBar->addAction(tr("+"), this, [this] { m_view->zoomBy(1.25); });
    zoomIn->setToolTip(tr("Zoom in"));
    QAction* actual = m_toolBar->addAction(tr("100%"), this, [this] { m_view->setZoom(1.0); });
    actual->setToolTip(tr("Actual size"));
}

QList<QAction*> GraphEditorWidget::editActions() const
{
    return { m_cutAction, m_copyAction, m_pasteAction, m_duplicateAction, m_deleteAction, m_selectAllAction };
}

QString GraphEditorWidget::singleSelectedNode() const
{
    const QStringList ids = m_scene->selectedNodeIds();
    return ids.size() == 1 ? ids.constFirst() : QString();
}

QString GraphEditorWidget::addLayerAt(const QString& type, QPointF scenePos)
{
    if (m_structureLocked)
        return {};
    const QString id = GraphEdits::addNode(m_stack, m_model, type, scenePos - kCardCenter);
    if (!id.isEmpty())
        m_scene->selectNodes({ id });
    return id;
}

QString GraphEditorWidget::addLayerAtCenter(const QString& type)
{
    if (m_structureLocked)
        return {};
    const QString after = singleSelectedNode();
    QPointF position = m_view->visibleCenter() - kCardCenter;
    // Wired after a node, the new card goes right of it: building a chain by
    // double clicks then reads left to right instead of piling up in the middle.
    if (const NodeData* node = m_model->node(after))
        position = node->position + QPointF(GraphStyle::columnSpacing, 0);
    const QString id = GraphEdits::addNode(m_stack, m_model, type, position, after);
    if (!id.isEmpty()) {
        m_scene->selectNodes({ id });
        m_view->ensureVisible(m_scene->nodeItem(id), 40, 40);
    }
    return id;
}

QStringList GraphEditorWidget::addBlockAtCenter(const QString& name)
{
    if (m_structureLocked)
        return {};
    const QString after = singleSelectedNode();
    QPointF position = m_view->visibleCenter() - kCardCenter;
    if (const NodeData* node = m_model->node(after))
        position = node->position + QPointF(GraphStyle::columnSpacing, 0);
    const QStringList ids = GraphEdits::insertBlock(m_stack, m_model, name, position, after);
    m_scene->selectNodes(ids);
    return ids;
}

void GraphEditorWidget::deleteSelection()
{
    if (m_structureLocked || m_scene->isConnecting())
        return;
    GraphEdits::removeItems(m_stack, m_model, m_scene->selectedNodeIds(), m_scene->selectedEdges());
}

void GraphEditorWidget::copySelection()
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    auto* mime = new QMimeData;
    mime->setData(GraphMimeTypes::graph(), GraphClipboard::copy(*m_model, ids));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
}

void GraphEditorWidget::cutSelection()
{
    if (m_structureLocked || m_scene->selectedNodeIds().isEmpty())
        return;
    copySelection();
    m_stack->beginMacro(tr("Cut"));
    deleteSelection();
    m_stack->endMacro();
}

void GraphEditorWidget::paste()
{
    if (m_structureLocked)
        return;
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(GraphMimeTypes::graph()))
        return;
    const QByteArray json = mime->data(GraphMimeTypes::graph());
    GraphFragment fragment;
    if (!GraphFragment::fromJson(json, &fragment))
        return;
    QPointF offset;
    QPointF mouse;
    if (m_view->mouseScenePos(&mouse))
        offset = mouse - kCardCenter - fragment.bounds().topLeft();
    else
        offset = kPasteStep * ++m_pasteCount;
    m_scene->selectNodes(GraphEdits::paste(m_stack, m_model, json, offset));
}

void GraphEditorWidget::duplicateSelection()
{
    if (m_structureLocked)
        return;
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    // Not through the system clipboard: duplicating should not replace what the user copied.
    m_scene->selectNodes(GraphEdits::paste(m_stack, m_model, GraphClipboard::copy(*m_model, ids), kPasteStep));
}

void GraphEditorWidget::selectAll()
{
    const QList<QGraphicsItem*> all = m_scene->items();
    for (QGraphicsItem* item : all)
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
}

void GraphEditorWidget::fitToView()
{
    m_view->fitToView();
}

void GraphEditorWidget::autoLayout()
{
    if (GraphEdits::autoLayout(m_stack, m_model))
        m_view->fitToView();
}

} // namespace nw
