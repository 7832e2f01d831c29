"""Dutch abbreviations that end in a period but do not end a sentence.

The sentence splitter consults this list (lower-cased, without the final period) before it
splits after a period; single capital initials (``J. Jansen``) are handled by rule, not listed.
"""

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    a.d ad afb afd alg art bijv blz bv ca cf co corp dd d.w.z dhr dr drs ds e.a e.d e.v etc
    ev fa fig gen gr hr ing inc ir jl jr kol kap lt ltd max min mevr mgr mr mrs ms mw n.a.v nl
    no nr nrs o.a o.b.v o.i.d o.l.v p pag plm pres prof resp sec sept sgt st str t.a.v t.o.v
    t.w tel v v.chr vgl vs z.g zg zgn i.p.v m.b.t m.n n.v.t o.m u.s v.s jan feb mrt apr jun jul
    aug sep okt nov dec gen.-maj kol.-gen lt.-gen
    """.split()
)
