#include "AttentionDock.h"

#include "AttentionPage.h"
#include "RecurrentPage.h"

namespace nw {

AttentionDock::AttentionDock(QWidget* parent)
    : QTabWidget(parent)
    , m_attention(new AttentionPage(this))
    , m_recurrent(new RecurrentPage(this))
{
    setDocumentMode(true);
    addTab(m_attention, tr("Attention"));
    addTab(m_recurrent, tr("Recurrent states"));
}

void AttentionDock::setTrace(std::shared_ptr<const SequenceTrace> trace, const QStringList& tokens, const QString& caption)
{
    const bool hadAttention = m_trace && !m_trace->attention.empty();
    const bool hadRecurrent = m_trace && !m_trace->recurrent.empty();
    m_trace = std::move(trace);
    m_attention->setTrace(m_trace, tokens, caption);
    m_recurrent->setTrace(m_trace, tokens, caption);
    if (!m_trace)
        return;
    // Bring forward the tab that has something, when the kind of network changed.
    const bool attention = !m_trace->attention.empty();
    const bool recurrent = !m_trace->recurrent.empty();
    if (attention != hadAttention || recurrent != hadRecurrent) {
        if (!attention && recurrent)
            setCurrentIndex(RecurrentTab);
        else if (attention && !recurrent)
            setCurrentIndex(AttentionTab);
    }
}

void AttentionDock::setMessage(const QString& message)
{
    m_trace.reset();
    m_attention->setMessage(message);
    m_recurrent->setMessage(message);
}

} // namespace nw
