import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch } from "../../test/fetchStub";
import { renderWithTheme } from "../../test/render";
import { createLocalTokenService } from "./localTokenService";
import { PersonaSignIn } from "./PersonaSignIn";

const personas = [
  {
    id: "ceo",
    displayName: "Avery Chen",
    jobTitle: "Chief Executive Officer",
    roles: ["Executive"],
    tenantId: "t1",
  },
  {
    id: "cio",
    displayName: "Bo Lindqvist",
    jobTitle: "Chief Information Officer",
    roles: ["Executive", "Portfolio.Manager"],
    tenantId: "t1",
  },
  {
    id: "board",
    displayName: "Dana Okafor",
    jobTitle: "Non-executive director",
    roles: ["Board.Member"],
    tenantId: "t1",
  },
];

function setup(personasAnswer: () => Response = () => json({ personas })) {
  const host = stubFetch({
    "GET /local-auth/personas": personasAnswer,
    "POST /local-auth/token": () => json({ access_token: "tok", token_type: "Bearer", expires_in: 3600 }),
  });
  const service = createLocalTokenService({ baseUrl: "/local-auth", fetch: host.fetch });
  const onSignedIn = vi.fn();
  renderWithTheme(<PersonaSignIn service={service} onSignedIn={onSignedIn} />);
  return { host, service, onSignedIn };
}

describe("PersonaSignIn", () => {
  it("shows each persona with initials, job title and roles", async () => {
    setup();
    expect(screen.getByRole("heading", { level: 1, name: "Sign in as…" })).toBeInTheDocument();
    const bo = await screen.findByRole("button", { name: "Sign in as Bo Lindqvist" });
    expect(bo).toHaveAccessibleDescription("Chief Information Officer Executive Portfolio manager");
    expect(within(bo).getByText("BL")).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Sign in as / })).toHaveLength(3);
    expect(screen.getByRole("button", { name: "Sign in as Dana Okafor" })).toHaveAccessibleDescription(
      "Non-executive director Board member",
    );
  });

  it("signs in with the keyboard alone", async () => {
    const user = userEvent.setup();
    const { host, service, onSignedIn } = setup();
    await screen.findByRole("button", { name: "Sign in as Avery Chen" });

    await user.tab();
    expect(screen.getByRole("button", { name: "Sign in as Avery Chen" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Sign in as Bo Lindqvist" })).toHaveFocus();
    await user.keyboard("{Enter}");

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(host.urls("/local-auth/token")).toHaveLength(1);
    expect(host.requests.at(-1)?.body).toBe(JSON.stringify({ personaId: "cio" }));
    expect(service.account).toEqual({ id: "cio", name: "Bo Lindqvist" });
  });

  it("says what to do when the personas cannot be loaded, and retries", async () => {
    const user = userEvent.setup();
    let calls = 0;
    setup(() => (++calls === 1 ? problem(503, "Local host starting") : json({ personas })));
    expect(await screen.findByText(/Couldn't load the demo personas/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: "Sign in as Avery Chen" })).toBeInTheDocument();
  });
});
